import { describe, expect, test } from 'vitest';
import { formatRelativeTime } from '../../src/core/format-relative-time';

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
