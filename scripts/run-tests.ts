/**
 * `npm test`: every check the project has, in order, each reported as it ends, then one closing
 * line `N passed, N failed, N skipped`, the last line printed and the only line of
 * test-results/summary.txt, which CI reads (.ci/run). Vitest tests count one each, as
 * scripts/count-tests.ts decides; every other check counts as one. Real-browser tests need the
 * build, so a failed build skips them and counts them as failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countTests, type FailedTest } from './count-tests.ts';
import { runVitest } from './run-vitest.ts';

const root = resolve(import.meta.dirname, '..');
const resultsDir = resolve(root, 'test-results');
const summaryFile = resolve(resultsDir, 'summary.txt');

interface StepResult {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly failures?: readonly FailedTest[];
}

const passedStep = (name: string): StepResult => ({ name, passed: 1, failed: 0, skipped: 0 });
const failedStep = (name: string): StepResult => ({ name, passed: 0, failed: 1, skipped: 0 });

function run(command: string, args: readonly string[]): boolean {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return status === 0;
}

function runCheck(name: string, command: string, args: readonly string[]): StepResult {
  console.log(`\n▶ ${name}`);
  return run(command, args) ? passedStep(name) : failedStep(name);
}

/** Runs a vitest config and counts its tests; a crash before any report counts as one failure. */
function runVitestStep(name: string, config: string): StepResult {
  console.log(`\n▶ ${name}`);
  const vitestRun = runVitest({ name, config, outputDirectory: resultsDir });
  if (!vitestRun) {
    console.log(`  vitest wrote no report: counted as one failure`);
    return failedStep(name);
  }
  const { passed, failed, skipped, problems, failures } = countTests(vitestRun);
  for (const problem of problems) console.log(`  counted as failed: ${problem}`);
  for (const { file, fullName, reason } of vitestRun.declaredSkips) {
    if (reason) console.log(`  skipped: ${fullName} (${file.slice(root.length + 1)}): ${reason}`);
  }
  return { name, passed, failed, skipped, failures };
}

/**
 * web-ext lint must find no errors, and no warnings except those explained in the README
 * ("Firefox lint"). Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML`,
 * which this code never uses (tests/meta/source.test.ts checks).
 */
const EXPLAINED_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: 'chunks/preact.js' }];

interface LintReport {
  errors: { code: string; file: string; message: string }[];
  warnings: { code: string; file: string; message: string }[];
}

/** The JSON web-ext printed, or why there is none: it may crash, or print something else first. */
function parseLintReport(stdout: string): LintReport | string {
  const start = stdout.indexOf('{');
  if (start === -1) return `no JSON in its output: ${stdout.trim().slice(0, 500) || '(empty)'}`;
  try {
    const report = JSON.parse(stdout.slice(start)) as Partial<LintReport>;
    if (!Array.isArray(report.errors) || !Array.isArray(report.warnings)) return 'its JSON has no errors or warnings list';
    return report as LintReport;
  } catch (error) {
    return `its output is not JSON (${String(error)}): ${stdout.slice(start, start + 500)}`;
  }
}

function runFirefoxLint(): StepResult {
  const name = 'web-ext lint (dist/firefox)';
  console.log(`\n▶ ${name}`);
  const { stdout, stderr, error } = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
  });
  const report = error ? `it did not run: ${error.message}` : parseLintReport(stdout);
  if (typeof report === 'string') {
    console.log(`  web-ext lint failed: ${report}`);
    if (stderr.trim()) console.log(stderr.trim());
    return failedStep(name);
  }
  const unexplained = report.warnings.filter(
    (warning) => !EXPLAINED_WARNINGS.some((explained) => explained.code === warning.code && explained.file === warning.file),
  );
  for (const problem of [...report.errors, ...unexplained]) console.log(`  ${problem.code} in ${problem.file}: ${problem.message}`);
  console.log(`  ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in the README)`);
  return report.errors.length === 0 && unexplained.length === 0 ? passedStep(name) : failedStep(name);
}

// A line left from an earlier run must never stand in for this one, whatever happens below.
rmSync(summaryFile, { force: true });
mkdirSync(resultsDir, { recursive: true });
const results: StepResult[] = [
  runCheck('typecheck', 'npx', ['tsc', '--noEmit']),
  runCheck('eslint', 'npx', ['eslint', '.']),
  runVitestStep('unit', 'vitest.config.ts'),
];
const build = runCheck('build', 'npm', ['run', 'build', '--silent']);
results.push(build);
if (build.failed === 0) {
  results.push(runFirefoxLint());
  // Set-up, not a test: it counts only when it fails (then the browser tests could not run).
  console.log('\n▶ browser packages');
  if (!run('npx', ['tsx', 'scripts/ensure-system-packages.ts', '--with-faketime', '--with-firefox'])) results.push(failedStep('browser packages'));
  results.push(runVitestStep('e2e', 'vitest.e2e.config.ts'));
} else {
  results.push(failedStep('e2e (needs the build)'));
}

const sum = (key: 'passed' | 'failed' | 'skipped') => results.reduce((total, result) => total + result[key], 0);
const [passed, failed, skipped] = [sum('passed'), sum('failed'), sum('skipped')];
const failures = results.flatMap((result) => (result.failures ?? []).map((failure) => ({ step: result.name, ...failure })));
if (failures.length > 0) {
  // Repeated here, after vitest's long output, so that the tail CI keeps says what failed and why.
  console.log('\nFailed tests:');
  for (const { step, file, fullName, reason } of failures) {
    console.log(`  ${step}: ${file.slice(root.length + 1)} > ${fullName}`);
    for (const line of reason.split('\n')) console.log(`      ${line.trim()}`);
  }
}
console.log('\nSummary:');
for (const result of results) {
  console.log(`  ${result.failed === 0 ? 'ok  ' : 'FAIL'} ${result.name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
}
const closingLine = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(summaryFile, `${closingLine}\n`);
console.log(closingLine);
process.exit(failed === 0 ? 0 : 1);
