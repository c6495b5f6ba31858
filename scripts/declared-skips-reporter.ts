import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { DeclaredSkip } from './count-tests.ts';

/** Where the reporter writes its list; unset, it writes nothing. */
export const DECLARED_SKIPS_FILE_VARIABLE = 'DECLARED_SKIPS_FILE';

/** The test's name as vitest's JSON report writes it: describe titles and title, joined by spaces. */
function getJsonFullName(testCase: TestCase): string {
  const titles: string[] = [];
  for (let parent = testCase.parent; parent.type === 'suite'; parent = parent.parent) titles.unshift(parent.name);
  return [...titles, testCase.name].join(' ');
}

/**
 * Why the test was skipped on purpose, or undefined if it was not. `options.mode` is the mode the
 * code declared (`.skip`, `.todo`, `skipIf`): vitest keeps it when a failing hook skips the test.
 * A skip decided at run time counts only with its reason (`context.skip(reason)`).
 */
function getDeclaredSkip(testCase: TestCase): DeclaredSkip | undefined {
  const result = testCase.result();
  if (result.state !== 'skipped') return undefined;
  const file = testCase.module.moduleId;
  const fullName = getJsonFullName(testCase);
  if (testCase.options.mode === 'skip' || testCase.options.mode === 'todo') return { file, fullName };
  if (result.note) return { file, fullName, reason: result.note };
  return undefined;
}

/**
 * Writes the tests skipped on purpose, as JSON, to the file named by DECLARED_SKIPS_FILE, for
 * scripts/count-tests.ts to tell them from tests a crash skipped.
 */
export default class DeclaredSkipsReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const outputFile = process.env[DECLARED_SKIPS_FILE_VARIABLE];
    if (!outputFile) return;
    const declaredSkips = testModules.flatMap((testModule) => [...testModule.children.allTests()].flatMap((testCase) => getDeclaredSkip(testCase) ?? []));
    writeFileSync(outputFile, `${JSON.stringify(declaredSkips, null, 2)}\n`);
  }
}
