import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countTests, type VitestRun } from '../../scripts/count-tests';
import { runVitest } from '../../scripts/run-vitest';

/**
 * The closing line of `npm test` is only as honest as its count. These run vitest for real on the
 * fixture suites in tests/fixtures/test-counting, so the count is checked against what vitest
 * 4.1 actually writes, not against what we believe it writes; the fixtures run with the console
 * trap (tests/support/console-error-trap.ts), which is proved here too.
 */
const FIXTURES = resolve(import.meta.dirname, '../fixtures/test-counting');
let outputDirectory: string;
let run: VitestRun;

/** The count of one fixture file, as if it had been the whole run. */
function countFile(fileName: string) {
  const file = join(FIXTURES, fileName);
  const report = { testResults: run.report.testResults.filter((result) => result.name === file) };
  expect(report.testResults).toHaveLength(1);
  const { passed, failed, skipped } = countTests({ report, declaredSkips: run.declaredSkips, hasExitedCleanly: true });
  return { passed, failed, skipped };
}

beforeAll(() => {
  outputDirectory = mkdtempSync(join(tmpdir(), 'count-tests-'));
  const fixtureRun = runVitest({ name: 'fixtures', config: join(FIXTURES, 'vitest.config.ts'), outputDirectory, isQuiet: true });
  if (!fixtureRun) throw new Error('vitest wrote no report for the fixture suites');
  run = fixtureRun;
}, 60_000);

afterAll(() => {
  rmSync(outputDirectory, { recursive: true, force: true });
});

describe('counting a vitest run', () => {
  test('a beforeAll that throws fails every test it skipped; a declared skip beside it still counts as skipped', () => {
    expect(countFile('before-all-throws.fixture.ts')).toEqual({ passed: 1, failed: 2, skipped: 1 });
  });

  test('a failing test counts as failed, its passing neighbour as passed', () => {
    expect(countFile('failing-test.fixture.ts')).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });

  test('.skip, .todo, skipIf and a run-time skip with its reason count as skipped; a run-time skip without a reason fails', () => {
    expect(countFile('declared-skip.fixture.ts')).toEqual({ passed: 1, failed: 1, skipped: 4 });
    expect(run.declaredSkips).toContainEqual({
      file: join(FIXTURES, 'declared-skip.fixture.ts'),
      fullName: 'skipped at run time, with its reason',
      reason: 'the fact base is not on this machine',
    });
  });

  test('a file that crashes while loading counts as one failure', () => {
    expect(countFile('import-throws.fixture.ts')).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  test('the console trap fails a test that logs an error it did not declare, or declares one that never comes', () => {
    expect(countFile('console-error.fixture.ts')).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  test('the whole run adds up, and says why each failure the output may not show failed', () => {
    const count = countTests(run);
    expect(count).toMatchObject({ passed: 4, failed: 7, skipped: 5 });
    expect(count.problems).toEqual([
      expect.stringMatching(/before-all-throws.*"a browser that fails to start first" was skipped without declaring a skip/),
      expect.stringMatching(/before-all-throws.*"a browser that fails to start second" was skipped without declaring a skip/),
      expect.stringMatching(/declared-skip.*"skipped at run time without a reason" was skipped without declaring a skip/),
      expect.stringMatching(/import-throws.*failed outside its tests: the file cannot even load/),
    ]);
    expect(run.hasExitedCleanly).toBe(false);
  });

  test('each failed test is listed with the first lines of why, without colours, for the end of the output', () => {
    const { failures } = countTests(run);
    const failing = failures.find((failure) => failure.file === join(FIXTURES, 'failing-test.fixture.ts'));
    expect(failing).toMatchObject({ fullName: 'fails' });
    expect(failing?.reason.split('\n')[0]).toBe('AssertionError: expected 1 to be 2 // Object.is equality');
    expect(failing?.reason.split('\n').length).toBeLessThanOrEqual(4);
    expect(failures.every((failure) => failure.reason !== '' && !failure.reason.includes('\u001b'))).toBe(true);
    // Only tests that ran and failed: a skipped test's failure is a "problem" instead.
    expect(failures.map((failure) => failure.fullName)).not.toContain('a browser that fails to start first');
  });

  test('without the declared skips (their reporter did not run) every skip fails', () => {
    expect(countTests({ ...run, declaredSkips: [] })).toMatchObject({ passed: 4, failed: 12, skipped: 0 });
  });

  test('vitest failing with every test passed (an error outside every test) is one failure', () => {
    const report = { testResults: [{ name: '/a.test.ts', status: 'passed', message: '', assertionResults: [{ fullName: 'a', status: 'passed' }] }] };
    expect(countTests({ report, declaredSkips: [], hasExitedCleanly: false })).toMatchObject({ passed: 1, failed: 1, skipped: 0 });
    expect(countTests({ report, declaredSkips: [], hasExitedCleanly: true })).toMatchObject({ passed: 1, failed: 0, skipped: 0 });
  });
});
