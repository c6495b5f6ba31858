import { addMilliseconds, isAfter, min } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import { getAnnounced, getKnownPassedTime, getRegionMilestones, getWhen, isAnnounced, isKnownPassed, isPassed, LEVELS, type Level, type Milestone, type MilestoneFacts } from './milestone';
import type { RegionId } from './regions';
import { COUNTDOWN_DAYS, getDaysAheadStart, getRelativeTime, type ReaderZone, type RelativeTime } from './relative-time';

/** A deadline this long past is history: the headline names its month, the timeline keeps the minute. */
export const DEADLINE_HISTORY_DAYS = 30;

/** Whether a deadline passed more than DEADLINE_HISTORY_DAYS ago (whole 24-hour days). */
export function isDeadlineHistory(milestone: MilestoneFacts, now: Date): boolean {
  return milestone.isDeadline && now.getTime() - milestone.whenTime > DEADLINE_HISTORY_DAYS * millisecondsInDay;
}


/**
 * The badge's count: the deadline's relative time itself (relative-time.ts), so the badge's `8d`
 * is the popup's "in 8 days" and changes at the same instant.
 */
export interface Countdown<M extends MilestoneFacts = Milestone> extends RelativeTime {
  readonly deadline: M;
  /** Calendar days, or hours (rounded up) in the last day before an instant. */
  readonly unit: 'day' | 'hour';
}

/** Over whole milestones in the pages, over their facts in the background. */
export interface RegionStatus<M extends MilestoneFacts = Milestone> {
  readonly region: RegionId;
  readonly level: Level;
  /** The latest milestone passed that has an effect or is a deadline: it decides the headline. */
  readonly state: M | undefined;
  /** The latest milestone passed, of any kind. */
  readonly lastPassed: M | undefined;
  /** The earliest future milestone already announced. */
  readonly next: M | undefined;
  /** The earliest future deadline already announced, however far away. */
  readonly nextDeadline: M | undefined;
  readonly countdown: Countdown<M> | undefined;
  /** The next instant at which anything of this status changes; `undefined` when nothing will. */
  readonly changesAt: Date | undefined;
}

function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

/**
 * Days or hours left, as the popup words them. Nothing on the date itself ("today": no day is
 * left to count, and a day-precision date has no hour to count to) nor while the popup still
 * counts months ("in 4 months").
 */
function getCountdown<M extends MilestoneFacts>(deadline: M, now: Date, zone: ReaderZone): Countdown<M> | undefined {
  const relative = getRelativeTime(deadline, now, zone);
  if (relative.value <= 0 || (relative.unit !== 'day' && relative.unit !== 'hour')) return undefined;
  return { deadline, value: relative.value, unit: relative.unit, changesAt: relative.changesAt };
}

/**
 * Where a region stands at `now` for a reader in `zone` (whose calendar the countdown counts).
 * Pure: the same milestones, region, instant and zone always give the same answer, so the
 * background and the popup agree without talking to each other.
 */
export function getStatus<M extends MilestoneFacts>(milestones: readonly M[], region: RegionId, now: Date, zone: ReaderZone): RegionStatus<M> {
  const regional = getRegionMilestones(milestones, region);
  // What had happened as far as anyone knew at `now`: an event reported later counts from its report.
  const passed = regional.filter((milestone) => isKnownPassed(milestone, now));
  const upcoming = regional.filter((milestone) => !isPassed(milestone, now) && isAnnounced(milestone, now));
  const nextDeadline = upcoming.find((milestone) => milestone.isDeadline);
  const countdown = nextDeadline && getCountdown(nextDeadline, now, zone);

  const changes = regional.flatMap((milestone) => {
    // It counts as passed from when it was known to have happened: its instant, or its report for
    // an event reported only afterwards (which is not ahead before then either: not yet announced).
    const instants = [new Date(getKnownPassedTime(milestone)), getAnnounced(milestone)];
    // The first instant the headline names the deadline's month instead of its minute.
    if (milestone.isDeadline) instants.push(addMilliseconds(getWhen(milestone), DEADLINE_HISTORY_DAYS * millisecondsInDay + 1));
    return instants;
  });
  // The next count, or where the count begins: only the next deadline is ever counted down.
  const countChange = countdown ? countdown.changesAt : nextDeadline && getDaysAheadStart(nextDeadline, COUNTDOWN_DAYS, zone);
  if (countChange) changes.push(countChange);
  const futureInstants = changes.filter((instant) => isAfter(instant, now));

  return {
    region,
    level: passed.reduce<Level>((level, milestone) => maxLevel(level, milestone.effect ?? 'none'), 'none'),
    state: passed.findLast((milestone) => milestone.effect !== null || milestone.isDeadline),
    lastPassed: passed.at(-1),
    next: upcoming[0],
    nextDeadline,
    countdown,
    changesAt: futureInstants.length > 0 ? min(futureInstants) : undefined,
  };
}
