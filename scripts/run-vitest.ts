import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DeclaredSkip, VitestJsonReport, VitestRun } from './count-tests.ts';
import { DECLARED_SKIPS_FILE_VARIABLE } from './declared-skips-reporter.ts';

const root = resolve(import.meta.dirname, '..');

/**
 * Runs vitest with `config`, its output shown as usual, and returns what scripts/count-tests.ts
 * counts: the JSON report and the declared skips, both written under `outputDirectory` as
 * `<name>.json` and `<name>.declared-skips.json`. Undefined when vitest wrote no report (it
 * crashed before running anything).
 */
export function runVitest({ name, config, outputDirectory, isQuiet = false }: { name: string; config: string; outputDirectory: string; isQuiet?: boolean }): VitestRun | undefined {
  const reportFile = resolve(outputDirectory, `${name}.json`);
  const declaredSkipsFile = resolve(outputDirectory, `${name}.declared-skips.json`);
  rmSync(reportFile, { force: true });
  rmSync(declaredSkipsFile, { force: true });
  const { status } = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      config,
      ...(isQuiet ? [] : ['--reporter=default']),
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
      `--reporter=${resolve(import.meta.dirname, 'declared-skips-reporter.ts')}`,
    ],
    { cwd: root, stdio: isQuiet ? 'ignore' : 'inherit', env: { ...process.env, [DECLARED_SKIPS_FILE_VARIABLE]: declaredSkipsFile } },
  );
  if (!existsSync(reportFile)) return undefined;
  return {
    report: JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport,
    // Missing only if vitest stopped before its reporters finished: then no skip counts as declared.
    declaredSkips: existsSync(declaredSkipsFile) ? (JSON.parse(readFileSync(declaredSkipsFile, 'utf8')) as DeclaredSkip[]) : [],
    hasExitedCleanly: status === 0,
  };
}
