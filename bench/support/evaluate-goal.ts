/**
 * Goals of the benchmark and how a measurement meets them. Pure: the runner measures, this judges.
 */
export const CONTESTANT_NAMES = ['static', 'preact', 'ours'] as const;
export type ContestantName = (typeof CONTESTANT_NAMES)[number];

/** Median, range and total of one metric over the launches of one contestant. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly count: number;
  /** For yes/no metrics (1 or 0 per launch): how many launches said yes. */
  readonly sum: number;
}

export type Goal =
  /** Our median at most `atMost` times the reference's median. */
  | { readonly kind: 'ratio'; readonly reference: Exclude<ContestantName, 'ours'>; readonly atMost: number }
  /** Our median at most `atMost`, in the row's unit. */
  | { readonly kind: 'limit'; readonly atMost: number }
  /** A yes/no metric that must say yes in every launch. */
  | { readonly kind: 'every-launch' };

export interface Verdict {
  readonly isMet: boolean;
  /** Our median divided by the reference's median (ratio goals only). */
  readonly ratio?: number;
  /** How far the measurement is from the goal's limit: 0.12 is 12% over, −0.2 is 20% under. */
  readonly margin?: number;
}

export function summarize(values: readonly number[]): Summary | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, count: sorted.length, sum: sorted.reduce((total, value) => total + value, 0) };
}

/** Undefined when there is nothing to judge: no measurement of ours, or of the reference. */
export function evaluateGoal(goal: Goal, summaries: Partial<Record<ContestantName, Summary>>): Verdict | undefined {
  const ours = summaries.ours;
  if (!ours) return undefined;
  switch (goal.kind) {
    case 'ratio': {
      const reference = summaries[goal.reference];
      if (!reference) return undefined;
      const ratio = ours.median / reference.median;
      return { isMet: ratio <= goal.atMost, ratio, margin: ratio / goal.atMost - 1 };
    }
    case 'limit':
      return { isMet: ours.median <= goal.atMost, margin: ours.median / goal.atMost - 1 };
    case 'every-launch':
      return { isMet: ours.sum === ours.count };
  }
}
