/** From the raw measurements of a run to the rows of the results table, each with its goal. Pure. */
import { CONTESTANT_NAMES, summarize, type ContestantName, type Summary } from './evaluate-goal.ts';
import type { LaunchMeasurement, PackageInventory } from './launch-measurement.ts';
import type { ResultRow } from './render-results-table.ts';

const KIBIBYTE = 1024;

/** One value per launch of each contestant (several for repeat opens, pooled). */
function perContestant(launches: readonly LaunchMeasurement[], read: (launch: LaunchMeasurement) => readonly number[]) {
  const summaries: Partial<Record<ContestantName, Summary>> = {};
  for (const name of CONTESTANT_NAMES) {
    const summary = summarize(launches.filter((launch) => launch.contestant === name).flatMap(read));
    if (summary) summaries[name] = summary;
  }
  return summaries;
}

function oursOnly(summaries: Partial<Record<ContestantName, Summary>>): Partial<Record<ContestantName, Summary>> {
  return summaries.ours ? { ours: summaries.ours } : {};
}

function once(bytes: number | undefined): Partial<Record<ContestantName, Summary>> {
  const summary = bytes === undefined ? undefined : summarize([bytes]);
  return summary ? { ours: summary } : {};
}

const yes = (value: boolean) => (value ? 1 : 0);

export function buildResultRows(launches: readonly LaunchMeasurement[], inventory: PackageInventory | undefined): ResultRow[] {
  return [
    {
      label: 'popup first contentful paint',
      unit: 'ms',
      summaries: perContestant(launches, (launch) => [launch.firstOpen.firstContentfulPaintMs]),
      goal: { kind: 'ratio', reference: 'static', atMost: 1.2 },
    },
    {
      label: 'headline in that first paint',
      unit: 'launches',
      summaries: perContestant(launches, (launch) => [yes(launch.firstOpen.isHeadlineInFirstPaint)]),
      goal: { kind: 'every-launch' },
    },
    {
      label: 'popup time to content',
      unit: 'ms',
      summaries: perContestant(launches, (launch) => [launch.firstOpen.headlineMs]),
      goal: { kind: 'ratio', reference: 'preact', atMost: 1.1 },
    },
    {
      label: 'popup repeat open, time to content',
      unit: 'ms',
      summaries: perContestant(launches, (launch) => launch.repeatOpens.map((open) => open.headlineMs)),
      goal: { kind: 'ratio', reference: 'preact', atMost: 1.2 },
    },
    {
      label: 'popup JS heap after load',
      unit: 'bytes',
      summaries: perContestant(launches, (launch) => [launch.firstOpen.heapBytes]),
      goal: { kind: 'ratio', reference: 'static', atMost: 1.5 },
    },
    {
      label: 'popup main-thread time (script, style, layout)',
      unit: 'ms',
      summaries: perContestant(launches, (launch) => [launch.firstOpen.mainThreadMs]),
      goal: { kind: 'ratio', reference: 'static', atMost: 3 },
    },
    {
      label: 'of which script',
      unit: 'ms',
      summaries: perContestant(launches, (launch) => [launch.firstOpen.scriptMs]),
    },
    {
      label: 'JS the popup loads, gzip',
      unit: 'bytes',
      summaries: perContestant(launches, (launch) => [launch.firstOpen.scripts.gzipBytes]),
      goal: { kind: 'limit', atMost: 20 * KIBIBYTE },
    },
    {
      label: 'JS the options page loads, gzip',
      unit: 'bytes',
      summaries: once(inventory?.optionsPage.gzipBytes),
      goal: { kind: 'limit', atMost: 20 * KIBIBYTE },
    },
    {
      label: 'all JS in the package, gzip (per file, summed)',
      unit: 'bytes',
      summaries: once(inventory?.package.gzipBytes),
      goal: { kind: 'limit', atMost: 40 * KIBIBYTE },
    },
    {
      label: 'background JS, gzip',
      unit: 'bytes',
      summaries: once(inventory?.background.gzipBytes),
      goal: { kind: 'limit', atMost: 12 * KIBIBYTE },
    },
    {
      label: 'cold start → badge',
      unit: 'ms',
      summaries: perContestant(launches, (launch) => [launch.coldStartToBadgeMs]),
      goal: { kind: 'ratio', reference: 'static', atMost: 1.1 },
    },
    {
      label: 'exactly one one-shot alarm after start',
      unit: 'launches',
      summaries: oursOnly(perContestant(launches, (launch) => [yes(launch.alarms === 1 && launch.periodicAlarms === 0)])),
      goal: { kind: 'every-launch' },
    },
  ];
}
