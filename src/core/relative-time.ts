import { addMilliseconds, min } from 'date-fns';
import { millisecondsInDay, millisecondsInHour, millisecondsInMinute } from 'date-fns/constants';
import { fromDayNumber, fromMonthNumber, toDayNumber, toMonthNumber, type CalendarDate } from './calendar-date';
import { isShownToTheMonth, type DisplayContext } from './format-milestone-date';
import { createIntlCache, UNCACHED_INTL } from './intl-cache';
import type { Translate } from './messages';
import { getWhen, isPassed, type MilestoneFacts } from './milestone';
import type { ZonedCalendar } from './zoned-calendar';

/**
 * Ahead, days are counted up to this many ("in 99 days"), months beyond: the badge counts down a
 * deadline exactly while the popup counts its days.
 */
export const COUNTDOWN_DAYS = 99;

/**
 * Behind, as far: "43 days ago" says what "2 months ago" (July 20, seen on September 1) only
 * rounds, and calendar months are only counted once they are three or more.
 */
const PAST_DAYS = COUNTDOWN_DAYS;

/** Months are counted up to 11 ("11 months ago"), years beyond ("last year"). */
const MONTHS_IN_YEAR = 12;

export type RelativeTimeUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/**
 * How far a milestone is from the reader, as one count. The badge's countdown and every "in 8 days"
 * of the popup and the notifications are this, so they cannot disagree.
 */
export interface RelativeTime {
  /** Whole units ahead (positive) or behind (negative); 0 is "today", "this month" or "now". */
  readonly value: number;
  readonly unit: RelativeTimeUnit;
  /** The first instant after `now` at which `value` or `unit` is different. */
  readonly changesAt: Date;
}

/** The reader's zone, whose calendar counts days, and the view's formatters. */
export type ReaderZone = Pick<DisplayContext, 'timeZone' | 'intl'>;

/**
 * How far `milestone` is from `now` for a reader in `timeZone`:
 *
 * - Days are calendar days between the reader's today and the date the reader is shown: the
 *   instant's date in the reader's zone, or the authority's date for a day-precision milestone. So
 *   "tomorrow" and `1d` are the reader's tomorrow, whatever the hour.
 * - A date known only to the month (or a day known only roughly, shown as "late September") has no
 *   day to count from: it counts calendar months ("this month", "last month").
 * - Only an instant with a stated time of day counts hours: ahead, from 24 hours before it (or
 *   from the reader's midnight of its day, on a 25-hour day), rounded up, so `1h` holds until the
 *   instant and `24h` follows `tomorrow`; behind, "now" for a minute, then whole minutes, then
 *   whole hours, for a day.
 * - Far away, calendar months and years: ahead beyond COUNTDOWN_DAYS, behind beyond PAST_DAYS.
 */
export function getRelativeTime(milestone: MilestoneFacts, now: Date, { timeZone, intl = createIntlCache() }: ReaderZone): RelativeTime {
  const reader = intl.getZonedCalendar(timeZone);
  const when = getWhen(milestone);
  const today = reader.getDate(now);
  if (isShownToTheMonth(milestone)) return countMonths(intl.getZonedCalendar(milestone.zone).getDate(when), today, reader);
  if (milestone.precision === 'day') return countDaysToDate(intl.getZonedCalendar(milestone.zone).getDate(when), isPassed(milestone, now), when, today, reader);
  return countTime(when, now, today, reader);
}

/**
 * A day-precision milestone passes at the start of its date in the authority's zone, which is
 * still the day before for a reader west of it (Perth, on the evening before a Sydney deadline).
 * What has passed never reads "tomorrow", nor what is ahead "yesterday": it is "today" until the
 * reader's own calendar agrees.
 */
function countDaysToDate(date: CalendarDate, hasPassed: boolean, when: Date, today: CalendarDate, reader: ZonedCalendar): RelativeTime {
  const count = countDays(date, today, reader);
  if (count.unit !== 'day') return count;
  // Passed: "today" until the reader's day after the date, when "yesterday" follows.
  if (hasPassed && count.value > 0) return { value: 0, unit: 'day', changesAt: reader.getStartOf(fromDayNumber(toDayNumber(date) + 1)) };
  // Ahead: "today" until it passes, and then the reader's own count goes on.
  if (!hasPassed && count.value < 0) return { value: 0, unit: 'day', changesAt: when };
  // Ahead, with the reader's date still before it when it passes: the words change then, to "today".
  if (!hasPassed && count.value > 0 && reader.getStartOf(date).getTime() > when.getTime()) return { ...count, changesAt: min([count.changesAt, when]) };
  return count;
}

/**
 * The reader's first instant `days` calendar days before the date shown for `milestone` (0: the
 * start of that date in the reader's zone); `undefined` for a date shown only to the month, which
 * is never counted in days.
 */
export function getDaysAheadStart(milestone: MilestoneFacts, days: number, { timeZone, intl = createIntlCache() }: ReaderZone): Date | undefined {
  if (isShownToTheMonth(milestone)) return undefined;
  const date = intl.getZonedCalendar(milestone.precision === 'instant' ? timeZone : milestone.zone).getDate(getWhen(milestone));
  return intl.getZonedCalendar(timeZone).getStartOf(fromDayNumber(toDayNumber(date) - days));
}

function getStartOfNextDay(today: CalendarDate, reader: ZonedCalendar): Date {
  return reader.getStartOf(fromDayNumber(toDayNumber(today) + 1));
}

/** Calendar days to `date`, or months and years when it is far. */
function countDays(date: CalendarDate, today: CalendarDate, reader: ZonedCalendar): RelativeTime {
  const days = toDayNumber(date) - toDayNumber(today);
  if (days >= -PAST_DAYS && days <= COUNTDOWN_DAYS) return { value: days, unit: 'day', changesAt: getStartOfNextDay(today, reader) };
  // Far ahead, the day counting starts at the reader's midnight COUNTDOWN_DAYS before the date.
  const daysStart = days > 0 ? reader.getStartOf(fromDayNumber(toDayNumber(date) - COUNTDOWN_DAYS)) : undefined;
  return countMonths(date, today, reader, daysStart);
}

/** Calendar months to the month of `date`, or years beyond 11; `daysStart` is when a count in days takes over ahead. */
function countMonths(date: CalendarDate, today: CalendarDate, reader: ZonedCalendar, daysStart?: Date): RelativeTime {
  const thisMonth = toMonthNumber(today);
  const months = toMonthNumber(date) - thisMonth;
  const later = daysStart ? [daysStart] : [];
  if (Math.abs(months) < MONTHS_IN_YEAR) return { value: months, unit: 'month', changesAt: min([reader.getStartOf(fromMonthNumber(thisMonth + 1)), ...later]) };
  const nextYear = reader.getStartOf({ year: today.year + 1, month: 1, day: 1 });
  // Ahead, months take over once 11 are left.
  const monthsStart = months > 0 ? [reader.getStartOf(fromMonthNumber(toMonthNumber(date) - (MONTHS_IN_YEAR - 1)))] : [];
  return { value: date.year - today.year, unit: 'year', changesAt: min([nextYear, ...monthsStart, ...later]) };
}

/** An instant with a stated time of day: hours and minutes near it, calendar days beyond. */
function countTime(when: Date, now: Date, today: CalendarDate, reader: ZonedCalendar): RelativeTime {
  const date = reader.getDate(when);
  const isSameDate = toDayNumber(date) === toDayNumber(today);
  const remaining = when.getTime() - now.getTime();
  if (remaining > 0) {
    if (remaining <= millisecondsInDay || isSameDate) {
      // Rounded up: never "in 0 hours" while the instant is ahead, and `24h` right after "tomorrow".
      const hours = Math.ceil(remaining / millisecondsInHour);
      return { value: hours, unit: 'hour', changesAt: addMilliseconds(when, -(hours - 1) * millisecondsInHour) };
    }
    const days = countDays(date, today, reader);
    return { ...days, changesAt: min([days.changesAt, addMilliseconds(when, -millisecondsInDay)]) };
  }
  const elapsed = -remaining;
  if (elapsed < millisecondsInMinute) return { value: 0, unit: 'minute', changesAt: addMilliseconds(when, millisecondsInMinute) };
  if (elapsed < millisecondsInHour) {
    const minutes = Math.floor(elapsed / millisecondsInMinute);
    return { value: -minutes, unit: 'minute', changesAt: addMilliseconds(when, (minutes + 1) * millisecondsInMinute) };
  }
  if (elapsed < millisecondsInDay || isSameDate) {
    const hours = Math.floor(elapsed / millisecondsInHour);
    const nextDay = getStartOfNextDay(today, reader);
    // The hours end at the next full hour past a day, or at midnight if a whole day has passed by then.
    const hoursEnd = nextDay.getTime() - when.getTime() >= millisecondsInDay ? [nextDay] : [];
    return { value: -hours, unit: 'hour', changesAt: min([addMilliseconds(when, (hours + 1) * millisecondsInHour), ...hoursEnd]) };
  }
  return countDays(date, today, reader);
}

/**
 * A count in the reader's language: Intl's own words for "today", "tomorrow", "last month"
 * (`numeric: 'auto'`, right because every count is of calendar days, months or years), and "now"
 * for the first minute after an instant.
 */
export function formatRelativeTime({ value, unit }: Pick<RelativeTime, 'value' | 'unit'>, translate: Translate, { locale, intl = UNCACHED_INTL }: Pick<DisplayContext, 'locale' | 'intl'>): string {
  // Intl would say "this minute".
  if (unit === 'minute' && value === 0) return translate('timeline_just_now');
  return intl.getRelativeTimeFormat(locale).format(value, unit);
}

/** How far a milestone is from `now`, in words: "in 8 days", "tomorrow", "3 hours ago", "last month". */
export function describeMilestoneRelativeTime(milestone: MilestoneFacts, now: Date, translate: Translate, display: DisplayContext): string {
  return formatRelativeTime(getRelativeTime(milestone, now, display), translate, display);
}
