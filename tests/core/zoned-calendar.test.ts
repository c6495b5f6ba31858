import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber, fromMonthNumber, toDayNumber, toMonthNumber } from '../../src/core/calendar-date';
import { createZonedCalendar } from '../../src/core/zoned-calendar';
import { getDayNumberIn, zonedInstantArbitrary } from '../support/time-zones';

describe('calendar dates as plain numbers', () => {
  test('day and month numbers count calendar days and months, across leap years and year ends', () => {
    expect(toDayNumber({ year: 2024, month: 3, day: 1 }) - toDayNumber({ year: 2024, month: 2, day: 28 })).toBe(2);
    expect(toDayNumber({ year: 2025, month: 3, day: 1 }) - toDayNumber({ year: 2025, month: 2, day: 28 })).toBe(1);
    expect(fromDayNumber(toDayNumber({ year: 2031, month: 12, day: 31 }) + 1)).toEqual({ year: 2032, month: 1, day: 1 });
    expect(toMonthNumber({ year: 2025, month: 1 }) - toMonthNumber({ year: 2024, month: 12 })).toBe(1);
    expect(fromMonthNumber(toMonthNumber({ year: 2024, month: 12 }) + 1)).toEqual({ year: 2025, month: 1, day: 1 });
  });
});

describe('createZonedCalendar', () => {
  test.each([
    ['Pacific/Honolulu', '2024-07-20T05:00:00Z', { year: 2024, month: 7, day: 19 }],
    ['Asia/Tokyo', '2024-07-19T16:00:00Z', { year: 2024, month: 7, day: 20 }],
    ['Pacific/Kiritimati', '2024-07-19T10:00:00Z', { year: 2024, month: 7, day: 20 }],
  ])('in %s, %s falls on %o', (timeZone, instant, date) => {
    expect(createZonedCalendar(timeZone).getDate(new Date(instant))).toEqual(date);
  });

  test.each([
    ['America/Los_Angeles', { year: 2024, month: 9, day: 29 }, '2024-09-29T07:00:00.000Z'],
    ['Asia/Kathmandu', { year: 2024, month: 9, day: 2 }, '2024-09-01T18:15:00.000Z'],
    // UTC+12:45 until its DST begins at 02:45 that morning.
    ['Pacific/Chatham', { year: 2024, month: 9, day: 29 }, '2024-09-28T11:15:00.000Z'],
    // Havana springs forward at midnight: March 10, 2024 begins at 01:00 CDT.
    ['America/Havana', { year: 2024, month: 3, day: 10 }, '2024-03-10T05:00:00.000Z'],
    // Beirut falls back at midnight to 23:00: October 27, 2024 begins an hour after the change.
    ['Asia/Beirut', { year: 2024, month: 10, day: 27 }, '2024-10-26T22:00:00.000Z'],
  ])('in %s, %o begins at %s', (timeZone, date, start) => {
    expect(createZonedCalendar(timeZone).getStartOf(date).toISOString()).toBe(start);
  });

  test('a date begins exactly where Intl says the date changes, in every zone and across every clock change', () => {
    fc.assert(
      fc.property(zonedInstantArbitrary, ([timeZone, instant]) => {
        const calendar = createZonedCalendar(timeZone);
        const date = calendar.getDate(instant);
        expect(toDayNumber(date)).toBe(getDayNumberIn(timeZone, instant.getTime()));
        const start = calendar.getStartOf(date).getTime();
        expect(start).toBeLessThanOrEqual(instant.getTime());
        expect(getDayNumberIn(timeZone, start)).toBe(toDayNumber(date));
        expect(getDayNumberIn(timeZone, start - 1)).toBe(toDayNumber(date) - 1);
      }),
      { numRuns: 1000 },
    );
  });
});
