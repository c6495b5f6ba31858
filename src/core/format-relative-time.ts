import { differenceInMilliseconds } from 'date-fns';
import { millisecondsInDay, millisecondsInHour, millisecondsInMinute } from 'date-fns/constants';
import type { Translate } from './messages';
import { getWhen, type MilestoneFacts } from './milestone';

/** Average Gregorian month and year: the label is a rough "how long", the exact date stands beside it. */
const MONTH = 30.436875 * millisecondsInDay;
const YEAR = 365.2425 * millisecondsInDay;

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', YEAR],
  ['month', MONTH],
  ['day', millisecondsInDay],
  ['hour', millisecondsInHour],
  ['minute', millisecondsInMinute],
];

/**
 * `numeric: 'always'`: the count is of elapsed 24-hour days, 365.2425-day years…, not of calendar
 * days or years, so words like "yesterday" or "last year" would often name the wrong one.
 */
function getFormatter(locale: string): Intl.RelativeTimeFormat {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
}

/**
 * "2 years ago", "in 3 days": the largest whole unit between `now` and `instant`, counted toward
 * zero, so "in 3 days" holds until fewer than 3 days remain. `smallestUnit` keeps a date given to
 * the day from reading "3 hours ago". Under the smallest unit it is `undefined` (the caller says
 * "now" or "today").
 */
export function formatRelativeTime(instant: Date, now: Date, locale: string, smallestUnit: 'minute' | 'day' = 'minute'): string | undefined {
  const difference = differenceInMilliseconds(instant, now);
  const units = UNITS.slice(0, UNITS.findIndex(([name]) => name === smallestUnit) + 1);
  const unit = units.find(([, size]) => Math.abs(difference) >= size);
  if (!unit) return undefined;
  const [name, size] = unit;
  return getFormatter(locale).format(Math.trunc(difference / size), name);
}

/**
 * How far a milestone is from `now` in words: "in 3 days", "2 years ago"; a date given to the day
 * counts whole days only and reads "today" within one, an instant reads "now" within a minute.
 */
export function describeMilestoneRelativeTime(milestone: MilestoneFacts, now: Date, translate: Translate, locale: string): string {
  const isDayOrCoarser = milestone.precision !== 'instant';
  return (
    formatRelativeTime(getWhen(milestone), now, locale, isDayOrCoarser ? 'day' : 'minute') ?? translate(isDayOrCoarser ? 'timeline_today' : 'timeline_just_now')
  );
}
