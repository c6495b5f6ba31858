/**
 * `npm test`: every check the project has, in order, each reported as it ends, then one closing
 * line `N passed, N failed` (vitest tests count one each, every other check counts as one).
 * Real-browser tests need the build, so a failed build skips them and counts them as failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const resultsDir = resolve(root, 'test-results');

interface StepResult {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
}

function run(command: string, args: readonly string[]): boolean {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return status === 0;
}

function runCheck(name: string, command: string, args: readonly string[]): StepResult {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

/** Runs a vitest config and counts its tests from the JSON report; a crash before any test counts as one failure. */
function runVitest(name: string, config: string): StepResult {
  console.log(`\n▶ ${name}`);
  const report = resolve(resultsDir, `${name}.json`);
  rmSync(report, { force: true });
  const ok = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) return { name, passed: 0, failed: 1 };
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  const failed = numFailedTests + (ok || numFailedTests > 0 ? 0 : 1);
  return { name, passed: numPassedTests, failed };
}

/**
 * web-ext lint must find no errors, and no warnings except those explained in the README
 * ("Firefox lint"). Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML`,
 * which this code never uses (tests/meta/source.test.ts checks).
 */
const EXPLAINED_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: 'chunks/preact.js' }];

function runFirefoxLint(): StepResult {
  const name = 'web-ext lint (dist/firefox)';
  console.log(`\n▶ ${name}`);
  const { stdout } = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    errors: { code: string; file: string; message: string }[];
    warnings: { code: string; file: string; message: string }[];
  };
  const unexplained = report.warnings.filter(
    (warning) => !EXPLAINED_WARNINGS.some((explained) => explained.code === warning.code && explained.file === warning.file),
  );
  for (const problem of [...report.errors, ...unexplained]) console.log(`  ${problem.code} in ${problem.file}: ${problem.message}`);
  console.log(`  ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in the README)`);
  const ok = report.errors.length === 0 && unexplained.length === 0;
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

mkdirSync(resultsDir, { recursive: true });
const results: StepResult[] = [
  runCheck('typecheck', 'npx', ['tsc', '--noEmit']),
  runCheck('eslint', 'npx', ['eslint', '.']),
  runVitest('unit', 'vitest.config.ts'),
];
const build = runCheck('build', 'npm', ['run', 'build', '--silent']);
results.push(build);
if (build.failed === 0) {
  results.push(runFirefoxLint());
  results.push(runCheck('browser packages', 'npx', ['tsx', 'scripts/ensure-system-packages.ts', '--with-faketime', '--with-firefox']));
  results.push(runVitest('e2e', 'vitest.e2e.config.ts'));
} else {
  results.push({ name: 'e2e (needs the build)', passed: 0, failed: 1 });
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('\nSummary:');
for (const result of results) console.log(`  ${result.failed === 0 ? 'ok  ' : 'FAIL'} ${result.name}: ${result.passed} passed, ${result.failed} failed`);
const closingLine = `${passed} passed, ${failed} failed`;
writeFileSync(resolve(resultsDir, 'summary.txt'), `${closingLine}\n`);
console.log(closingLine);
process.exit(failed === 0 ? 0 : 1);
