import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BADGE_BY_LEVEL, COUNTDOWN_COLOR, getContrastRatio, getReadableTextColor, toBadge } from '../../src/core/badge';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';

const badgeAt = (region: (typeof REGION_IDS)[number], iso: string) => toBadge(getStatus(MILESTONES, region, new Date(iso)));

const { critical, warning, info, none } = BADGE_BY_LEVEL;

describe('toBadge', () => {
  test.each([
    ['us', '2017-09-12T12:00:00Z', '', none.backgroundColor],
    ['us', '2017-09-13T04:00:00Z', 'i', info.backgroundColor],
    ['us', '2024-06-20T04:00:00Z', '30d', COUNTDOWN_COLOR],
    ['us', '2024-09-01T12:00:00Z', '28d', COUNTDOWN_COLOR],
    ['us', '2024-09-28T20:00:00Z', '8h', COUNTDOWN_COLOR],
    ['us', '2024-09-29T04:00:00Z', '!', critical.backgroundColor],
    ['us', '2024-09-29T04:00:01Z', '!', critical.backgroundColor],
    ['us-abroad', '2024-09-29T04:00:01Z', '!', critical.backgroundColor],
    ['de', '2022-03-15T12:00:00Z', '!', warning.backgroundColor],
    ['uk', '2020-01-01T00:00:00Z', 'i', info.backgroundColor],
    ['au', '2025-03-01T00:00:00Z', '31d', COUNTDOWN_COLOR],
    ['au', '2025-04-01T00:00:00Z', 'i', info.backgroundColor],
    ['id', '2024-09-29T04:00:01Z', '', none.backgroundColor],
    ['other', '2024-09-29T04:00:01Z', '', none.backgroundColor],
  ] as const)('%s at %s shows "%s" on %s', (region, instant, text, backgroundColor) => {
    expect(badgeAt(region, instant)).toMatchObject({ text, backgroundColor });
  });

  test('a status shows its level\'s row of the badge table; the levels with text differ from each other', () => {
    expect(toBadge(getStatus(MILESTONES, 'us', new Date('2024-09-29T04:00:01Z')))).toMatchObject(critical);
    expect(toBadge(getStatus(MILESTONES, 'us', new Date('2024-09-29T04:00:01Z')), false)).toMatchObject(none);
    // Red, orange, blue: told apart by text too ("!" or "i"), never by colour alone.
    expect(new Set([critical, warning, info].map((look) => look.text + look.backgroundColor)).size).toBe(3);
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
    // Every colour the badge can show with text: each level's, and the countdown's.
    const shownWithText = Object.values(BADGE_BY_LEVEL).filter((look) => look.text !== '');
    for (const background of [...shownWithText.map((look) => look.backgroundColor), COUNTDOWN_COLOR]) {
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
