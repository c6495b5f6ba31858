import { describe, expect, test } from 'vitest';
import { getDataFreshness } from '../../src/core/data-freshness';

describe('getDataFreshness (reviewed on 2026-11-24)', () => {
  test.each([
    ['1970-01-01T00:00:00Z', 'clock-wrong'],
    ['2024-09-29T04:00:00Z', 'clock-wrong'],
    ['2026-11-23T09:59:59Z', 'clock-wrong'],
    // 00:00 on the review day at UTC+14: the earliest instant the review date exists anywhere.
    ['2026-11-23T10:00:00Z', 'fresh'],
    ['2027-01-01T00:00:00Z', 'fresh'],
    // 181 days after 00:00 at UTC−12 on the review day.
    ['2027-05-24T11:59:59Z', 'fresh'],
    ['2027-05-24T12:00:00Z', 'stale'],
    ['2100-01-01T00:00:00Z', 'stale'],
  ])('at %s it is %s', (instant, expected) => {
    expect(getDataFreshness(new Date(instant), '2026-11-24')).toBe(expected);
  });
});
