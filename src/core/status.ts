import { addMilliseconds, differenceInMilliseconds, isAfter, min } from 'date-fns';
import { millisecondsInDay, millisecondsInHour } from 'date-fns/constants';
import { getAnnounced, getKnownPassedTime, getRegionMilestones, getWhen, isAnnounced, isKnownPassed, isPassed, LEVELS, type Level, type Milestone, type MilestoneFacts } from './milestone';
import type { RegionId } from './regions';

/** A deadline this close or closer shows a countdown on the badge. */
export const COUNTDOWN_DAYS = 99;

/** A deadline this long past is history: the headline names its month, the timeline keeps the minute. */
export const DEADLINE_HISTORY_DAYS = 30;

/** Whether a deadline passed more than DEADLINE_HISTORY_DAYS ago (whole 24-hour days). */
export function isDeadlineHistory(milestone: MilestoneFacts, now: Date): boolean {
  return milestone.isDeadline && now.getTime() - milestone.whenTime > DEADLINE_HISTORY_DAYS * millisecondsInDay;
}


export interface Countdown<M extends MilestoneFacts = Milestone> {
  readonly deadline: M;
  readonly unit: 'day' | 'hour';
  /** Whole days or hours left, rounded up: never 0 while the deadline is ahead. */
  readonly value: number;
  /** When `value` (or the unit) next changes. */
  readonly changesAt: Date;
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

function getCountdown<M extends MilestoneFacts>(deadline: M, now: Date): Countdown<M> | undefined {
  const when = getWhen(deadline);
  const remaining = differenceInMilliseconds(when, now);
  if (remaining <= 0 || remaining > COUNTDOWN_DAYS * millisecondsInDay) return undefined;
  const unit = remaining <= millisecondsInDay ? 'hour' : 'day';
  const unitInMs = unit === 'hour' ? millisecondsInHour : millisecondsInDay;
  const value = Math.ceil(remaining / unitInMs);
  // `value` holds while the time left is in ((value - 1) units, value units].
  return { deadline, unit, value, changesAt: addMilliseconds(when, -(value - 1) * unitInMs) };
}

/**
 * Where a region stands at `now`. Pure: the same milestones, region and instant always give the
 * same answer, so the background and the popup agree without talking to each other.
 */
export function getStatus<M extends MilestoneFacts>(milestones: readonly M[], region: RegionId, now: Date): RegionStatus<M> {
  const regional = getRegionMilestones(milestones, region);
  // What had happened as far as anyone knew at `now`: an event reported later counts from its report.
  const passed = regional.filter((milestone) => isKnownPassed(milestone, now));
  const upcoming = regional.filter((milestone) => !isPassed(milestone, now) && isAnnounced(milestone, now));
  const nextDeadline = upcoming.find((milestone) => milestone.isDeadline);
  const countdown = nextDeadline && getCountdown(nextDeadline, now);

  const futureInstants = regional.flatMap((milestone) => {
    const instants = [new Date(getKnownPassedTime(milestone)), getAnnounced(milestone)];
    // 99 whole 24-hour days, as the countdown counts them (subDays would follow the device's DST).
    if (milestone.isDeadline) {
      instants.push(addMilliseconds(getWhen(milestone), -COUNTDOWN_DAYS * millisecondsInDay));
      // The first instant the headline names the deadline's month instead of its minute.
      instants.push(addMilliseconds(getWhen(milestone), DEADLINE_HISTORY_DAYS * millisecondsInDay + 1));
    }
    return instants.filter((instant) => isAfter(instant, now));
  });
  if (countdown) futureInstants.push(countdown.changesAt);

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
