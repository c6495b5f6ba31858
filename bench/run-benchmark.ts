/**
 * `npm run bench`: our dist/chrome against two reference extensions, in real Chromium.
 *   reference-static  a worker that only sets a static badge, a static HTML popup: the physical limit
 *   reference-preact  the same popup text rendered by Preact: the limit for the framework we chose
 * Launches are interleaved (every round runs each contestant once, in a shuffled order) with a fresh
 * profile each, so drift of the machine falls on all three alike. Prints medians, min/max and
 * ratios, writes bench/results.json and the README's table. Not a test: it measures.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Worker } from 'playwright-core';
import { build } from 'vite';
import { writeFaketimeWrapper } from '../scripts/faketime-wrapper.ts';
import { findChromium } from '../scripts/find-chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
/**
 * Every browser starts at this instant (libfaketime), in New York: a day countdown is running, so
 * the badge has a next change and exactly one alarm should be set. At the real date nothing is
 * ahead any more and the extension rightly sets none.
 */
const START_AT = process.env['BENCH_AT'] ?? '2024-09-01T12:00:00Z';
const TIME_ZONE = 'America/New_York';
const work = mkdtempSync(join(tmpdir(), 'kbs-bench-'));

type ContestantName = 'ours' | 'static' | 'preact';
interface Contestant {
  readonly name: ContestantName;
  readonly dir: string;
  readonly popupPath: string;
  /** The badge text the contestant shows once its background has run. */
  readonly isBadgeReady: (badge: { text: string; title: string }) => boolean;
}

async function prepareContestants(): Promise<Contestant[]> {
  const styles = join(ROOT, 'dist/chrome/assets/styles.css');
  const staticDir = join(work, 'static');
  cpSync(join(ROOT, 'bench/reference-static'), staticDir, { recursive: true });
  cpSync(styles, join(staticDir, 'styles.css'));

  const preactDir = join(work, 'preact');
  await build({
    configFile: false,
    logLevel: 'error',
    root: join(ROOT, 'bench/reference-preact'),
    base: '',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { outDir: preactDir, emptyOutDir: true, modulePreload: false, rolldownOptions: { input: join(ROOT, 'bench/reference-preact/popup.html') } },
  });
  for (const file of ['manifest.json', 'background.js']) cpSync(join(ROOT, 'bench/reference-preact', file), join(preactDir, file));
  cpSync(styles, join(preactDir, 'styles.css'));

  const isReferenceReady = (badge: { text: string; title: string }) => badge.text === '!' && badge.title === 'Reference';
  return [
    { name: 'ours', dir: join(ROOT, 'dist/chrome'), popupPath: 'src/popup.html', isBadgeReady: (badge) => badge.title.includes(':') },
    { name: 'static', dir: staticDir, popupPath: 'popup.html', isBadgeReady: isReferenceReady },
    { name: 'preact', dir: preactDir, popupPath: 'popup.html', isBadgeReady: isReferenceReady },
  ];
}

interface LaunchMeasurement {
  readonly coldStartToBadgeMs: number;
  readonly popupFirstContentfulPaintMs: number;
  readonly popupHeadlineMs: number;
  readonly popupHeapBytes: number;
  readonly alarms: number;
  readonly periodicAlarms: number;
}

async function readBadge(worker: Worker) {
  return worker.evaluate(async () => {
    const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome.action;
    return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
}

async function measureLaunch(contestant: Contestant): Promise<LaunchMeasurement> {
  const profile = mkdtempSync(join(work, 'profile-'));
  const executablePath = await writeFaketimeWrapper(profile, findChromium(), START_AT, TIME_ZONE);
  const started = performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    env: { ...process.env, TZ: TIME_ZONE },
    args: [
      `--disable-extensions-except=${contestant.dir}`,
      `--load-extension=${contestant.dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    while (!contestant.isBadgeReady(await readBadge(worker))) await new Promise((done) => setTimeout(done, 5));
    const coldStartToBadgeMs = performance.now() - started;
    const alarms = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ periodInMinutes?: number }[]> } } }).chrome.alarms.getAll(),
    );

    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/${contestant.popupPath}`);
    const timings = await page.evaluate(
      () =>
        new Promise<{ fcp: number; headline: number; heap: number }>((done) => {
          new PerformanceObserver((list, observer) => {
            const headline = list.getEntries().find((entry) => (entry as PerformanceEntry & { identifier: string }).identifier === 'headline');
            if (!headline) return;
            observer.disconnect();
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
            const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN;
            done({ fcp, headline: (headline as PerformanceEntry & { renderTime: number }).renderTime, heap });
          }).observe({ type: 'element', buffered: true });
        }),
    );
    return {
      coldStartToBadgeMs,
      popupFirstContentfulPaintMs: timings.fcp,
      popupHeadlineMs: timings.headline,
      popupHeapBytes: timings.heap,
      alarms: alarms.length,
      periodicAlarms: alarms.filter((alarm) => alarm.periodInMinutes !== undefined).length,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Files an entry loads: its HTML's scripts and styles, then every import, static or dynamic, except other languages. */
function collectEntryFiles(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const references = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]!)
      : [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)].map((match) => match[1]!);
    for (const reference of references) {
      const target = join(dirname(file), reference).replace(/^\.\//, '');
      // The page loads one language; count English, the default.
      if (!/locale-(?!en)/.test(target)) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

function measureBytes(dir: string, entry: string): { raw: number; gzip: number; js: { raw: number; gzip: number } } {
  const files = collectEntryFiles(dir, entry);
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (list: typeof sizes) => ({ raw: list.reduce((total, size) => total + size.raw, 0), gzip: list.reduce((total, size) => total + size.gzip, 0) });
  return { ...sum(sizes), js: sum(sizes.filter((size) => size.file.endsWith('.js'))) };
}

function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function summarize(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

const contestants = await prepareContestants();
const runs: Record<ContestantName, LaunchMeasurement[]> = { ours: [], static: [], preact: [] };
for (let round = 1; round <= ROUNDS; round += 1) {
  for (const contestant of shuffle(contestants)) runs[contestant.name].push(await measureLaunch(contestant));
  process.stdout.write(`\rround ${round}/${ROUNDS}`);
}
process.stdout.write('\n');

const METRICS = [
  ['coldStartToBadgeMs', 'cold start → badge (ms)'],
  ['popupFirstContentfulPaintMs', 'popup first contentful paint (ms)'],
  ['popupHeadlineMs', 'popup headline painted (ms)'],
  ['popupHeapBytes', 'popup JS heap (bytes)'],
] as const;
const stats = Object.fromEntries(
  contestants.map(({ name }) => [name, Object.fromEntries(METRICS.map(([key]) => [key, summarize(runs[name].map((run) => run[key]))]))]),
) as Record<ContestantName, Record<(typeof METRICS)[number][0], ReturnType<typeof summarize>>>;

const ours = contestants[0]!;
const bytes = {
  popup: measureBytes(ours.dir, 'src/popup.html'),
  options: measureBytes(ours.dir, 'src/options.html'),
  background: measureBytes(ours.dir, 'background.js'),
  referenceStaticPopup: measureBytes(contestants[1]!.dir, 'popup.html'),
  referencePreactPopup: measureBytes(contestants[2]!.dir, 'popup.html'),
};
const alarmsAfterStart = { total: summarize(runs.ours.map((run) => run.alarms)), periodic: summarize(runs.ours.map((run) => run.periodicAlarms)) };

const ratio = (metric: (typeof METRICS)[number][0], reference: ContestantName) => stats.ours[metric].median / stats[reference][metric].median;
const KB = 1024;
const goals = [
  { goal: 'cold start → badge ≤ 1.3× static', value: ratio('coldStartToBadgeMs', 'static'), limit: 1.3 },
  { goal: 'popup first contentful paint ≤ 1.3× static', value: ratio('popupFirstContentfulPaintMs', 'static'), limit: 1.3 },
  { goal: 'popup headline ≤ 1.2× Preact reference', value: ratio('popupHeadlineMs', 'preact'), limit: 1.2 },
  { goal: 'popup JS ≤ 20 KB gzip', value: bytes.popup.js.gzip / KB, limit: 20 },
  { goal: 'background JS ≤ 12 KB gzip', value: bytes.background.js.gzip / KB, limit: 12 },
  { goal: 'exactly one one-shot alarm after start, none periodic', value: alarmsAfterStart.total.max === 1 && alarmsAfterStart.total.min === 1 && alarmsAfterStart.periodic.max === 0 ? 1 : 0, limit: 1 },
].map((row) => ({ ...row, met: row.goal.startsWith('exactly') ? row.value === 1 : row.value <= row.limit }));

const format = (value: number, key: string) => (key === 'popupHeapBytes' ? `${(value / KB).toFixed(0)} KB` : value.toFixed(1));
const lines = [
  `${execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim()}, ${ROUNDS} launches each, interleaved, fresh profile per launch, clock at ${START_AT} in ${TIME_ZONE}; median (min–max).`,
  '',
  '| metric | ours | static | Preact | ours ÷ static | ours ÷ Preact |',
  '|---|---|---|---|---|---|',
  ...METRICS.map(([key, label]) => {
    const cell = (name: ContestantName) => `${format(stats[name][key].median, key)} (${format(stats[name][key].min, key)}–${format(stats[name][key].max, key)})`;
    return `| ${label} | ${cell('ours')} | ${cell('static')} | ${cell('preact')} | ${ratio(key, 'static').toFixed(2)} | ${ratio(key, 'preact').toFixed(2)} |`;
  }),
  '',
  '| bytes shipped | raw | gzip | of which JS, gzip |',
  '|---|---|---|---|',
  ...Object.entries(bytes).map(([entry, size]) => `| ${entry} | ${(size.raw / KB).toFixed(1)} KB | ${(size.gzip / KB).toFixed(1)} KB | ${(size.js.gzip / KB).toFixed(1)} KB |`),
  '',
  `Alarms after start (ours): ${alarmsAfterStart.total.min}–${alarmsAfterStart.total.max}, periodic: ${alarmsAfterStart.periodic.max}.`,
  '',
  '| goal | measured | met |',
  '|---|---|---|',
  ...goals.map((row) => `| ${row.goal} | ${row.goal.startsWith('exactly') ? (row.met ? 'yes' : 'no') : row.value.toFixed(2)} | ${row.met ? 'yes' : `**no** (by ${(row.value / row.limit - 1) * 100 > 0 ? ((row.value / row.limit - 1) * 100).toFixed(0) : 0}%)`} |`),
];
const table = lines.join('\n');
console.log(`\n${table}`);

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, stats, bytes, alarmsAfterStart, goals }, null, 2)}\n`);
const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end)) {
  writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`);
  console.log('\nUpdated the table in README.md and bench/results.json.');
}
rmSync(work, { recursive: true, force: true });
