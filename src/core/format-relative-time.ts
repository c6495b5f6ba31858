import { addMilliseconds, differenceInMilliseconds } from 'date-fns';
import { millisecondsInDay, millisecondsInHour, millisecondsInMinute } from 'date-fns/constants';
import type { DisplayContext } from './format-milestone-date';
import { UNCACHED_INTL, type IntlCache } from './intl-cache';
import type { Translate } from './messages';
import { getWhen, type MilestoneFacts } from './milestone';

/** Average Gregorian month and year: the label is a rough "how long", the exact date stands beside it. */
const MONTH = 30.436875 * millisecondsInDay;
const YEAR = 365.2425 * millisecondsInDay;

type SmallestUnit = 'minute' | 'day';

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', YEAR],
  ['month', MONTH],
  ['day', millisecondsInDay],
  ['hour', millisecondsInHour],
  ['minute', millisecondsInMinute],
];

/** The units from a year down to `smallestUnit`, largest first. */
function getUnits(smallestUnit: SmallestUnit): typeof UNITS {
  return UNITS.slice(0, UNITS.findIndex(([name]) => name === smallestUnit) + 1);
}


/**
 * "2 years ago", "in 3 days": the largest whole unit between `now` and `instant`, counted toward
 * zero, so "in 3 days" holds until fewer than 3 days remain. `smallestUnit` keeps a date given to
 * the day from reading "3 hours ago". Under the smallest unit it is `undefined` (the caller says
 * "now" or "today").
 */
export function formatRelativeTime(instant: Date, now: Date, locale: string, smallestUnit: SmallestUnit = 'minute', intl: IntlCache = UNCACHED_INTL): string | undefined {
  const difference = differenceInMilliseconds(instant, now);
  const units = getUnits(smallestUnit);
  const unit = units.find(([, size]) => Math.abs(difference) >= size);
  if (!unit) return undefined;
  const [name, size] = unit;
  // `numeric: 'always'` (intl-cache.ts): the count is of elapsed 24-hour days, 365.2425-day years…,
  // not of calendar days or years, so words like "yesterday" or "last year" would often name the wrong one.
  return intl.getRelativeTimeFormat(locale).format(Math.trunc(difference / size), name);
}

/**
 * The first instant after `now` at which `formatRelativeTime(instant, …)` says something else, so
 * a page redraws exactly then instead of every minute. Ahead, "in 3 days" holds while at least
 * 3 whole days remain; behind, "2 days ago" until 3 have passed or the next larger unit is reached;
 * under the smallest unit ("now", "today") until that unit has passed on the far side.
 */
export function getRelativeTimeChangesAt(instant: Date, now: Date, smallestUnit: SmallestUnit = 'minute'): Date {
  const difference = differenceInMilliseconds(instant, now);
  const distance = Math.abs(difference);
  const units = getUnits(smallestUnit);
  const index = units.findIndex(([, size]) => distance >= size);
  const unit = units[index];
  if (!unit) {
    const smallest = units.at(-1)?.[1] ?? millisecondsInMinute;
    return addMilliseconds(now, difference > 0 ? distance + smallest : smallest - distance);
  }
  const [, size] = unit;
  const count = Math.trunc(distance / size);
  if (difference > 0) return addMilliseconds(now, distance - count * size + 1);
  const nextLargerUnit = units[index - 1]?.[1] ?? Number.POSITIVE_INFINITY;
  return addMilliseconds(now, Math.min((count + 1) * size, nextLargerUnit) - distance);
}

/**
 * How far a milestone is from `now` in words: "in 3 days", "2 years ago"; a date given to the day
 * counts whole days only and reads "today" within one, an instant reads "now" within a minute.
 */
export function describeMilestoneRelativeTime(milestone: MilestoneFacts, now: Date, translate: Translate, { locale, intl }: DisplayContext): string {
  const isDayOrCoarser = milestone.precision !== 'instant';
  return (
    formatRelativeTime(getWhen(milestone), now, locale, getSmallestUnit(milestone), intl) ?? translate(isDayOrCoarser ? 'timeline_today' : 'timeline_just_now')
  );
}

/** When `describeMilestoneRelativeTime` next says something else for `milestone`. */
export function getMilestoneRelativeTimeChangesAt(milestone: MilestoneFacts, now: Date): Date {
  return getRelativeTimeChangesAt(getWhen(milestone), now, getSmallestUnit(milestone));
}

/** A date given to the day or month is counted in whole days: never "3 hours ago". */
function getSmallestUnit(milestone: MilestoneFacts): SmallestUnit {
  return milestone.precision === 'instant' ? 'minute' : 'day';
}
