import { addMilliseconds } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatRelativeTime, getRelativeTimeChangesAt } from '../../src/core/format-relative-time';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('formatRelativeTime', () => {
  test.each([
    ['2024-09-29T04:00:00Z', 'en', '2 years ago'],
    ['2024-09-29T04:00:00Z', 'id', '2 tahun yang lalu'],
    ['2026-11-27T13:00:00Z', 'en', 'in 3 days'],
    ['2026-11-27T11:00:00Z', 'en', 'in 2 days'],
    ['2026-11-25T12:00:00Z', 'en', 'in 1 day'],
    ['2026-11-25T12:00:00Z', 'id', 'dalam 1 hari'],
    ['2025-03-01T12:00:00Z', 'en', '1 year ago'],
    ['2026-11-24T09:00:00Z', 'en', '3 hours ago'],
    ['2026-11-24T12:05:30Z', 'en', 'in 5 minutes'],
    ['2026-10-01T12:00:00Z', 'en', '1 month ago'],
  ])('%s in %s reads "%s"', (instant, locale, expected) => {
    expect(formatRelativeTime(new Date(instant), NOW, locale)).toBe(expected);
  });

  test('a date given to the day is never told in hours', () => {
    expect(formatRelativeTime(new Date('2026-11-24T09:00:00Z'), NOW, 'en', 'day')).toBeUndefined();
    expect(formatRelativeTime(new Date('2026-11-22T09:00:00Z'), NOW, 'en', 'day')).toBe('2 days ago');
  });

  test('under a minute there is no label: the caller says "now"', () => {
    expect(formatRelativeTime(new Date('2026-11-24T12:00:59Z'), NOW, 'en')).toBeUndefined();
    expect(formatRelativeTime(new Date('2026-11-24T11:59:01Z'), NOW, 'en')).toBeUndefined();
  });
});

describe('getRelativeTimeChangesAt', () => {
  test.each([
    ['in 3 days until fewer than 3 whole days remain', '2026-11-27T13:00:00Z', 'minute', '2026-11-24T13:00:00.001Z'],
    ['"2 years ago" until 3 average years have passed', '2024-09-29T04:00:00Z', 'minute', '2027-09-29T21:27:36Z'],
    ['"now" until a minute has passed', '2026-11-24T11:59:30Z', 'minute', '2026-11-24T12:00:30Z'],
    ['"now" for an instant just ahead: through it, then a minute', '2026-11-24T12:00:30Z', 'minute', '2026-11-24T12:01:30Z'],
    ['"today" until a day has passed', '2026-11-24T09:00:00Z', 'day', '2026-11-25T09:00:00Z'],
    ['"29 days ago" becomes "30 days ago" before "1 month ago"', '2026-10-26T12:00:00Z', 'minute', '2026-11-25T12:00:00Z'],
    ['"30 days ago" becomes "1 month ago" at an average month, not at 31 days', '2026-10-25T12:00:00Z', 'minute', '2026-11-24T22:29:06Z'],
  ])('%s', (_, instant, smallestUnit, expected) => {
    expect(getRelativeTimeChangesAt(new Date(instant), NOW, smallestUnit as 'minute' | 'day').toISOString()).toBe(new Date(expected).toISOString());
  });

  const FIVE_YEARS = 5 * 365 * 86_400_000;
  test('the words hold from now until just before the change, and differ at it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -FIVE_YEARS, max: FIVE_YEARS }),
        fc.constantFrom('minute' as const, 'day' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (offset, smallestUnit, fraction) => {
          const instant = addMilliseconds(NOW, offset);
          const say = (at: Date) => formatRelativeTime(instant, at, 'en', smallestUnit) ?? 'now';
          const changesAt = getRelativeTimeChangesAt(instant, NOW, smallestUnit);
          const span = changesAt.getTime() - NOW.getTime();
          expect(span).toBeGreaterThan(0);
          expect(say(addMilliseconds(NOW, Math.floor((span - 1) * fraction)))).toBe(say(NOW));
          expect(say(addMilliseconds(changesAt, -1))).toBe(say(NOW));
          expect(say(changesAt)).not.toBe(say(NOW));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
