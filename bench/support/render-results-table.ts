/**
 * The benchmark's markdown table: one row per metric, the three contestants side by side, our
 * ratio to the goal's reference, the goal and whether it is met. Pure, so it is unit-tested.
 */
import { CONTESTANT_NAMES, evaluateGoal, type ContestantName, type Goal, type Summary, type Verdict } from './evaluate-goal.ts';

export type Unit = 'ms' | 'bytes' | 'launches';

export interface ResultRow {
  readonly label: string;
  readonly unit: Unit;
  /** A contestant without a summary shows "–": the row does not apply to it. */
  readonly summaries: Partial<Record<ContestantName, Summary>>;
  readonly goal?: Goal;
}

const KIBIBYTE = 1024;
const REFERENCE_LABELS = { static: 'static', preact: 'Preact ref' } as const;

function formatNumber(value: number, unit: Exclude<Unit, 'launches'>): string {
  if (unit === 'bytes') return (value / KIBIBYTE).toFixed(1);
  return value.toFixed(value < 10 ? 1 : 0);
}

export function formatValue(value: number, unit: Exclude<Unit, 'launches'>): string {
  return `${formatNumber(value, unit)} ${unit === 'bytes' ? 'KB' : 'ms'}`;
}

/** "median (min–max)" with the unit once; a yes/no metric as k/n (yes in k of n launches). */
export function formatSummary(summary: Summary | undefined, unit: Unit): string {
  if (!summary) return '–';
  if (unit === 'launches') return `${summary.sum}/${summary.count}`;
  const median = formatValue(summary.median, unit);
  if (summary.min === summary.max) return median;
  return `${median} (${formatNumber(summary.min, unit)}–${formatNumber(summary.max, unit)})`;
}

export function describeGoal(goal: Goal | undefined, unit: Unit): string {
  if (!goal) return '–';
  switch (goal.kind) {
    case 'ratio':
      return `≤ ${goal.atMost}× ${REFERENCE_LABELS[goal.reference]}`;
    case 'limit':
      return `≤ ${unit === 'launches' ? String(goal.atMost) : formatValue(goal.atMost, unit)}`;
    case 'every-launch':
      return 'every launch';
  }
}

export function describeVerdict(verdict: Verdict | undefined, hasGoal: boolean): string {
  if (!hasGoal) return '–';
  if (!verdict) return 'not measured';
  const share = verdict.margin === undefined ? undefined : Math.abs(verdict.margin * 100);
  const percent = share === undefined ? '' : `${share.toFixed(share < 10 ? 1 : 0)}%`;
  if (verdict.isMet) return percent ? `yes, ${percent} to spare` : 'yes';
  return percent ? `**no**, ${percent} over` : '**no**';
}

function describeRatio(goal: Goal | undefined, verdict: Verdict | undefined): string {
  if (goal?.kind !== 'ratio' || verdict?.ratio === undefined) return '–';
  return `${verdict.ratio.toFixed(2)}× ${REFERENCE_LABELS[goal.reference]}`;
}

export function renderResultsTable(rows: readonly ResultRow[]): string {
  return [
    '| metric | static | Preact ref | ours | ours ÷ reference | goal | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const verdict = row.goal && evaluateGoal(row.goal, row.summaries);
      const cells = CONTESTANT_NAMES.map((name) => formatSummary(row.summaries[name], row.unit));
      return `| ${[row.label, ...cells, describeRatio(row.goal, verdict), describeGoal(row.goal, row.unit), describeVerdict(verdict, row.goal !== undefined)].join(' | ')} |`;
    }),
  ].join('\n');
}

/** `text` with what lies between the `start` and `end` markers replaced by `content`; unchanged when a marker is missing. */
export function replaceMarkedSection(text: string, start: string, end: string, content: string): string {
  const startIndex = text.indexOf(start);
  const endIndex = text.indexOf(end, startIndex);
  if (startIndex === -1 || endIndex === -1) return text;
  return `${text.slice(0, startIndex + start.length)}\n${content}\n${text.slice(endIndex)}`;
}
