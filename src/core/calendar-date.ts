import { millisecondsInDay } from 'date-fns/constants';

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12), from plain numbers: no zone involved. */
export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** A date on a wall calendar, with no zone: `month` 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Days since 1970-01-01 on the proleptic Gregorian calendar, so that two dates subtract to the
 * calendar days between them. Plain numbers: `Date.UTC` only does the calendar arithmetic here,
 * no zone is involved.
 */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / millisecondsInDay;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const date = new Date(dayNumber * millisecondsInDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Months since January 1970, so that two dates subtract to the calendar months between them. */
export function toMonthNumber({ year, month }: Pick<CalendarDate, 'year' | 'month'>): number {
  return (year - 1970) * 12 + month - 1;
}

/** The first day of a month number's month. */
export function fromMonthNumber(monthNumber: number): CalendarDate {
  return { year: 1970 + Math.floor(monthNumber / 12), month: (((monthNumber % 12) + 12) % 12) + 1, day: 1 };
}
