/**
 * How many tests of one vitest run passed, failed and were skipped, from vitest's JSON report and
 * the skips the tests declared (scripts/declared-skips-reporter.ts). Pure, so that
 * tests/meta/count-tests.test.ts can prove it on real reports of small fixture suites.
 *
 * Vitest reports a test as "skipped" both when it was skipped on purpose and when it never ran
 * because a hook failed (a `beforeAll` that cannot start the browser skips every test of its
 * describe, with no failure of its own). Only a declared skip counts as skipped: every other test
 * that did not pass counts as failed, so a crash can never shrink the closing line.
 */

/** The parts of vitest's JSON report (`--reporter=json`) the count reads. */
export interface VitestJsonReport {
  readonly testResults: readonly {
    /** The file's absolute path. */
    readonly name: string;
    /** "failed" also when the file crashed while loading, or a hook outside any test threw. */
    readonly status: string;
    readonly message: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly status: string; readonly failureMessages?: readonly string[] }[];
  }[];
}

/** A test skipped on purpose: `.skip`, `.todo`, `skipIf`, or `context.skip(reason)` at run time. */
export interface DeclaredSkip {
  readonly file: string;
  /** As in the JSON report: the describe titles and the test title, joined by spaces. */
  readonly fullName: string;
  /** Given for a skip decided at run time; a static skip states its reason in the code. */
  readonly reason?: string;
}

export interface TestCount {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** One line per failure that vitest's own output may not show as one (an undeclared skip, a file that did not run). */
  readonly problems: readonly string[];
  /**
   * Each failed test and the first lines of why, for the end of the output: CI keeps only its
   * tail, and vitest prints the reasons hundreds of lines before it.
   */
  readonly failures: readonly FailedTest[];
}

export interface FailedTest {
  readonly file: string;
  readonly fullName: string;
  /** The first lines of its first failure message, without terminal colours. */
  readonly reason: string;
}

/** Lines of a failure message kept for the closing list: the assertion and where it failed. */
const REASON_LINES = 4;

// Terminal colour codes, which vitest writes into failure messages when the output is a terminal.
// eslint-disable-next-line no-control-regex
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

function reasonOf(failureMessages: readonly string[] | undefined): string {
  const [first = ''] = failureMessages ?? [];
  return first
    .replace(COLOUR_CODES, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(0, REASON_LINES)
    .join('\n');
}

export interface VitestRun {
  readonly report: VitestJsonReport;
  readonly declaredSkips: readonly DeclaredSkip[];
  /** Vitest's exit code was 0. False with nothing failed means an error outside every test (an unhandled rejection). */
  readonly hasExitedCleanly: boolean;
}

const SKIPPED_STATUSES = new Set(['skipped', 'pending', 'todo']);

export function countTests({ report, declaredSkips, hasExitedCleanly }: VitestRun): TestCount {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems: string[] = [];
  const failures: FailedTest[] = [];
  const isDeclared = (file: string, fullName: string) => declaredSkips.some((skip) => skip.file === file && skip.fullName === fullName);

  for (const file of report.testResults) {
    const failedBefore = failed;
    for (const test of file.assertionResults) {
      if (test.status === 'passed') passed += 1;
      else if (SKIPPED_STATUSES.has(test.status) && isDeclared(file.name, test.fullName)) skipped += 1;
      else {
        failed += 1;
        if (test.status === 'failed') failures.push({ file: file.name, fullName: test.fullName, reason: reasonOf(test.failureMessages) });
        if (test.status !== 'failed') problems.push(`${file.name}: "${test.fullName}" was ${test.status} without declaring a skip (did a hook fail?)`);
      }
    }
    if (file.status === 'failed' && failed === failedBefore) {
      failed += 1;
      problems.push(`${file.name}: failed outside its tests: ${file.message || 'see the output above'}`);
    }
  }
  if (!hasExitedCleanly && failed === 0) {
    failed += 1;
    problems.push('vitest exited with an error outside every test: see the output above');
  }
  return { passed, failed, skipped, problems, failures };
}
