/**
 * `npm run bench`: our dist/chrome against two reference extensions, in real Chromium.
 *   reference-static  a worker that only sets a static badge, a static HTML popup: the physical limit
 *   reference-preact  the same popup text rendered by Preact: the limit for the framework we chose
 * Launches are interleaved (every round runs each contestant once, in a shuffled order) with a fresh
 * profile each, so drift of the machine falls on all three alike. One more launch of ours reads
 * what does not change between launches (the options page's and the worker's scripts). Prints the
 * table of every metric with its goal, writes bench/results.json (every launch's raw numbers) and
 * the README's table. Not a test: it measures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../scripts/find-chromium.ts';
import { buildResultRows } from './support/build-result-rows.ts';
import { evaluateGoal } from './support/evaluate-goal.ts';
import { ONE_FRAME_MS, type LaunchFailure, type LaunchMeasurement } from './support/launch-measurement.ts';
import { measureLaunch, REPEAT_OPENS } from './support/measure-launch.ts';
import { measurePackageInventory } from './support/measure-package-inventory.ts';
import { prepareContestants } from './support/prepare-contestants.ts';
import { renderResultsTable, replaceMarkedSection } from './support/render-results-table.ts';
import { shuffle } from './support/shuffle.ts';
import type { LaunchSettings } from './support/with-launched-browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`BENCH_ROUNDS must be a whole number of at least 1, not ${process.env['BENCH_ROUNDS']}`);
/**
 * Every browser starts at this instant (libfaketime), in New York: a day countdown is running, so
 * the badge has a next change and exactly one alarm should be set. At the real date nothing is
 * ahead any more and the extension rightly sets none.
 */
const settings: LaunchSettings = {
  startAt: process.env['BENCH_AT'] ?? '2024-09-01T12:00:00Z',
  timeZone: 'America/New_York',
  workDir: mkdtempSync(join(tmpdir(), 'kbs-bench-')),
};

/** How each row is measured; printed under the table and kept in results.json. */
const METHODS = [
  `**First contentful paint**: the popup's \`first-contentful-paint\` entry, first open in a fresh profile, in a tab. **Headline in that first paint**: the headline's paint (below) at most ${ONE_FRAME_MS} ms (one frame) after it.`,
  '**Time to content**: Element Timing `renderTime` of the element with `elementtiming="headline"`, from the start of the navigation.',
  `**Repeat open**: the popup tab closed and the popup opened again in the same browser, ${REPEAT_OPENS} times per launch; every repeat open counts.`,
  '**JS heap**: CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage` (`usedSize`), once the headline is painted and the page idle (two idle callbacks, then 500 ms); the page is read through CDP only, so no Playwright helper script is in the heap.',
  "**Main-thread time**: CDP `Performance.getMetrics` at the same moment: `TaskDuration` less `DevToolsCommandDuration` (our measuring); **script**: `ScriptDuration`. The static popup runs no script (0 ms), so the goal \"script ≤ 3× static\" is checked on the main thread's whole time.",
  '**JS a page loads**: the `script` requests the page made (Playwright request events; they include module imports and dynamic `import()`), each file gzip -9 on its own, summed; the options page is opened once per run, in the extra launch.',
  '**Background JS**: the scripts the service worker parsed (CDP `Debugger.scriptParsed` on the worker target), gzip -9 each, summed. **All JS in the package**: every `.js` file in `dist/chrome`, gzip -9 each, summed (not one gzip of all). KB = 1024 bytes.',
  '**Cold start → badge**: from asking Playwright to start the browser until the badge is drawn, polled every 5 ms. **Alarms**: `chrome.alarms.getAll()` right after.',
];

function describeError(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** `measure()`, tried twice: a failure is printed and kept; undefined when both attempts fail. */
async function measureWithRetry<T>(what: string, measure: () => Promise<T>, failures: LaunchFailure[]): Promise<T | undefined> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      return await measure();
    } catch (error) {
      failures.push({ what, attempt, error: describeError(error) });
      console.log(`\n  ${what} failed (attempt ${attempt} of 2): ${describeError(error)}`);
    }
  }
  return undefined;
}

const runStartedAt = performance.now();
const elapsedSeconds = () => ((performance.now() - runStartedAt) / 1000).toFixed(0);
console.log('Preparing the contestants (building the Preact reference)…');
const contestants = await prepareContestants(ROOT, settings.workDir);
const ours = contestants.find((contestant) => contestant.name === 'ours')!;

const launches: LaunchMeasurement[] = [];
const failures: LaunchFailure[] = [];
for (let round = 1; round <= ROUNDS; round += 1) {
  process.stdout.write(`round ${round}/${ROUNDS}:`);
  for (const contestant of shuffle(contestants)) {
    const launchStartedAt = performance.now();
    const launch = await measureWithRetry(`round ${round} ${contestant.name}`, () => measureLaunch(contestant, round, settings), failures);
    if (launch) launches.push(launch);
    process.stdout.write(` ${contestant.name} ${launch ? `${((performance.now() - launchStartedAt) / 1000).toFixed(1)} s` : 'FAILED'}`);
  }
  console.log(` (${elapsedSeconds()} s in all)`);
}
console.log('Reading the options page and the service worker of ours (one more launch)…');
const inventory = await measureWithRetry('inventory of ours', () => measurePackageInventory(ours, settings), failures);

const rows = buildResultRows(launches, inventory);
const chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const launchCounts = contestants.map(({ name }) => `${name} ${launches.filter((launch) => launch.contestant === name).length}`).join(', ');
const section = [
  `${chromiumVersion}; ${ROUNDS} rounds, each launching the three contestants in a shuffled order, a fresh profile per launch (launches measured: ${launchCounts}); clock at ${settings.startAt} in ${settings.timeZone}; median (min–max).`,
  '',
  renderResultsTable(rows),
  '',
  failures.length === 0 ? 'No launch failed.' : `Failed attempts (each retried once): ${failures.map((failure) => `${failure.what}, attempt ${failure.attempt}: ${failure.error}`).join('; ')}.`,
  '',
  'How each row is measured:',
  '',
  ...METHODS.map((method) => `- ${method}`),
].join('\n');
console.log(`\n${section}\n\nDone in ${elapsedSeconds()} s.`);

const results = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  rounds: ROUNDS,
  startAt: settings.startAt,
  timeZone: settings.timeZone,
  repeatOpensPerLaunch: REPEAT_OPENS,
  headlineInFirstPaintToleranceMs: ONE_FRAME_MS,
  methods: METHODS,
  rows: rows.map((row) => ({ ...row, verdict: row.goal && evaluateGoal(row.goal, row.summaries) })),
  inventory,
  launches,
  failures,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const readmePath = join(ROOT, 'README.md');
writeFileSync(readmePath, replaceMarkedSection(readFileSync(readmePath, 'utf8'), '<!-- bench:start -->', '<!-- bench:end -->', section));
console.log('Wrote bench/results.json and the table in README.md.');
rmSync(settings.workDir, { recursive: true, force: true });
