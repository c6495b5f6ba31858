import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getContrastRatio, getReadableTextColor, toBadge } from '../../src/core/badge';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';

const badgeAt = (region: (typeof REGION_IDS)[number], iso: string) => toBadge(getStatus(MILESTONES, region, new Date(iso)));

describe('toBadge', () => {
  test.each([
    ['us', '2017-09-12T12:00:00Z', '', undefined],
    ['us', '2017-09-13T04:00:00Z', 'i', '#1A73E8'],
    ['us', '2024-06-20T04:00:00Z', '30d', '#E37400'],
    ['us', '2024-09-01T12:00:00Z', '28d', '#E37400'],
    ['us', '2024-09-28T20:00:00Z', '8h', '#E37400'],
    ['us', '2024-09-29T04:00:00Z', '!', '#C5221F'],
    ['us', '2024-09-29T04:00:01Z', '!', '#C5221F'],
    ['us-abroad', '2024-09-29T04:00:01Z', '!', '#C5221F'],
    ['de', '2022-03-15T12:00:00Z', '!', '#E37400'],
    ['uk', '2020-01-01T00:00:00Z', 'i', '#1A73E8'],
    ['au', '2025-03-01T00:00:00Z', '31d', '#E37400'],
    ['au', '2025-04-01T00:00:00Z', 'i', '#1A73E8'],
    ['id', '2024-09-29T04:00:01Z', '', undefined],
    ['other', '2024-09-29T04:00:01Z', '', undefined],
  ] as const)('%s at %s shows "%s"', (region, instant, text, color) => {
    const badge = badgeAt(region, instant);
    expect(badge.text).toBe(text);
    if (color) expect(badge.backgroundColor).toBe(color);
  });

  test('badge text is at most 4 characters at any instant in any region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGION_IDS),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (region, now) => toBadge(getStatus(MILESTONES, region, now)).text.length <= 4,
      ),
    );
  });

  test('badge text is readable on its background (WCAG contrast of at least 4.5:1)', () => {
    for (const background of ['#E37400', '#C5221F', '#1A73E8'] as const) {
      expect(getContrastRatio(background, getReadableTextColor(background))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('getReadableTextColor', () => {
  test('picks black on light and white on dark backgrounds', () => {
    expect(getReadableTextColor('#FFFFFF')).toBe('#000000');
    expect(getReadableTextColor('#000000')).toBe('#FFFFFF');
    expect(getReadableTextColor('#E37400')).toBe('#000000');
    expect(getReadableTextColor('#C5221F')).toBe('#FFFFFF');
  });

  test('contrast ratio matches the WCAG examples', () => {
    expect(getContrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(getContrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});
