import { format } from 'node:util';
import { afterAll, afterEach } from 'vitest';

/**
 * A setup file (vitest.config.ts, vitest.e2e.config.ts): any `console.error` a test did not
 * declare with `expectConsoleError` fails it. The background logs its errors instead of
 * throwing (`requestUpdate` catches everything, so one failure cannot stop the next update); without
 * this, a test of the badge could pass while the update behind it crashed.
 */

interface ExpectedError {
  readonly pattern: RegExp;
  isSeen: boolean;
}

const expectedErrors: ExpectedError[] = [];
const unexpectedErrors: string[] = [];
const originalError = console.error.bind(console);

console.error = (...args: unknown[]) => {
  const text = format(...args);
  const expected = expectedErrors.find(({ pattern }) => pattern.test(text));
  if (expected) expected.isSeen = true;
  else unexpectedErrors.push(text);
  originalError(...args);
};

/** Declares that the current test logs a `console.error` matching `pattern`; it fails if none comes. */
export function expectConsoleError(pattern: RegExp): void {
  expectedErrors.push({ pattern, isSeen: false });
}

/** Throws for what went wrong since the last check, and starts afresh. */
function checkConsoleErrors(when: string): void {
  const unexpected = unexpectedErrors.splice(0);
  const missing = expectedErrors.splice(0).filter(({ isSeen }) => !isSeen);
  const problems = [
    ...unexpected.map((text) => `unexpected console.error ${when}:\n${text}`),
    ...missing.map(({ pattern }) => `no console.error matching ${String(pattern)} ${when}, though the test expected one`),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n\n'));
}

// Errors logged while a file loads or in its beforeAll count against its first test; those after
// its last test (a stray update still running) fail the file.
afterEach(() => {
  checkConsoleErrors('during this test');
});
afterAll(() => {
  checkConsoleErrors('after the last test of this file');
});
