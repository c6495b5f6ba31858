import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LANGUAGE_CHOICES } from '../../src/core/language';
import { REGION_IDS } from '../../src/core/regions';
import { DEFAULT_SETTINGS, getEffectiveRegion, parseSettings, SETTINGS_VERSION } from '../../src/core/settings';
import { THEMES } from '../../src/core/theme';

const CHOSEN_WITHOUT_REGION = {
  version: 3,
  language: 'id',
  isBadgeShown: false,
  theme: 'dark',
  areRemindersEnabled: true,
  mutedMilestoneIds: ['us-new-sales-end'],
} as const;
const CHOSEN = { ...CHOSEN_WITHOUT_REGION, region: 'de' } as const;

describe('parseSettings', () => {
  test('nothing stored yet: defaults, nothing to repair', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, isRepairNeeded: false });
  });

  test('the defaults follow the browser, show the badge and suggest the region', () => {
    expect(DEFAULT_SETTINGS).toEqual({ version: 3, language: 'browser', isBadgeShown: true, theme: 'system', areRemindersEnabled: false, mutedMilestoneIds: [] });
  });

  test('valid stored choices are kept as they are', () => {
    expect(parseSettings(CHOSEN)).toEqual({ settings: CHOSEN, isRepairNeeded: false });
  });

  test('key order does not count as damage', () => {
    expect(
      parseSettings({ mutedMilestoneIds: ['us-new-sales-end'], theme: 'dark', areRemindersEnabled: true, isBadgeShown: false, language: 'id', region: 'de', version: 3 })
        .isRepairNeeded,
    ).toBe(false);
  });

  test('settings stored by version 1 are migrated, keeping the region', () => {
    expect(parseSettings({ version: 1, region: 'uk' })).toEqual({ settings: { ...DEFAULT_SETTINGS, region: 'uk' }, isRepairNeeded: true });
  });

  test('settings stored by version 2 (0.1.0) are migrated: every choice kept, reminders off', () => {
    expect(parseSettings({ version: 2, region: 'de', language: 'id', isBadgeShown: false, theme: 'dark' })).toEqual({
      settings: { ...CHOSEN, areRemindersEnabled: false, mutedMilestoneIds: [] },
      isRepairNeeded: true,
    });
  });

  test.each([
    ['an unknown region', { ...CHOSEN, region: 'atlantis' }, CHOSEN_WITHOUT_REGION],
    ['a region of the wrong type', { ...CHOSEN, region: 7 }, CHOSEN_WITHOUT_REGION],
    ['a huge string', { ...CHOSEN, language: 'x'.repeat(100_000) }, { ...CHOSEN, language: 'browser' }],
    ['a badge flag of the wrong type', { ...CHOSEN, isBadgeShown: 'no' }, { ...CHOSEN, isBadgeShown: true }],
    ['an unknown theme', { ...CHOSEN, theme: 'pink' }, { ...CHOSEN, theme: 'system' }],
    ['an unknown key', { ...CHOSEN, tracking: true }, CHOSEN],
    ['a reminders flag of the wrong type', { ...CHOSEN, areRemindersEnabled: 1 }, { ...CHOSEN, areRemindersEnabled: false }],
    ['a muted list that is not a list', { ...CHOSEN, mutedMilestoneIds: 'us-new-sales-end' }, { ...CHOSEN, mutedMilestoneIds: [] }],
    [
      'a muted list with junk, repeats and an endless id',
      { ...CHOSEN, mutedMilestoneIds: ['us-updates-end', 7, null, 'us-updates-end', 'Not An Id', 'x'.repeat(100_000), 'de-bsi-warning'] },
      { ...CHOSEN, mutedMilestoneIds: ['us-updates-end', 'de-bsi-warning'] },
    ],
    ['a muted list of thousands', { ...CHOSEN, mutedMilestoneIds: Array.from({ length: 5000 }, (_, index) => `id-${index}`) }, { ...CHOSEN, mutedMilestoneIds: Array.from({ length: 100 }, (_, index) => `id-${index}`) }],
    ['no version', { region: 'uk' }, { ...DEFAULT_SETTINGS, region: 'uk' }],
    ['a version that cannot even be turned into a number', { version: { toString: undefined } }, DEFAULT_SETTINGS],
    ['a bare string', 'de', DEFAULT_SETTINGS],
    ['an array', ['de'], DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
  ])('%s is repaired', (_label, stored, expected) => {
    expect(parseSettings(stored)).toEqual({ settings: expected, isRepairNeeded: true });
  });

  test('settings from a newer version are read as far as understood, and never written back', () => {
    expect(parseSettings({ ...CHOSEN, version: 4, digest: 'weekly', theme: 'sepia' })).toEqual({
      settings: { ...CHOSEN, theme: 'system' },
      isRepairNeeded: false,
    });
  });

  test('any stored value gives valid settings, and parsing them again needs no repair', () => {
    const storedSettings = fc.record(
      {
        version: fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.anything()),
        region: fc.oneof(fc.constantFrom(...REGION_IDS), fc.anything()),
        language: fc.oneof(fc.constantFrom(...LANGUAGE_CHOICES), fc.anything()),
        isBadgeShown: fc.oneof(fc.boolean(), fc.anything()),
        theme: fc.oneof(fc.constantFrom(...THEMES), fc.anything()),
        areRemindersEnabled: fc.oneof(fc.boolean(), fc.anything()),
        mutedMilestoneIds: fc.oneof(fc.array(fc.oneof(fc.constantFrom('us-updates-end', 'de-bsi-warning'), fc.string(), fc.anything())), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), storedSettings), (stored) => {
        const { settings } = parseSettings(stored);
        expect(settings.version).toBe(SETTINGS_VERSION);
        expect(settings.region === undefined || REGION_IDS.includes(settings.region)).toBe(true);
        expect(LANGUAGE_CHOICES).toContain(settings.language);
        expect(THEMES).toContain(settings.theme);
        expect(typeof settings.isBadgeShown).toBe('boolean');
        expect(typeof settings.areRemindersEnabled).toBe('boolean');
        expect(new Set(settings.mutedMilestoneIds).size).toBe(settings.mutedMilestoneIds.length);
        expect(parseSettings(settings).isRepairNeeded).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('getEffectiveRegion', () => {
  test('the user choice wins over the time zone', () => {
    expect(getEffectiveRegion(CHOSEN, 'Asia/Jakarta')).toBe('de');
  });

  test('without a choice the time zone suggests', () => {
    expect(getEffectiveRegion(DEFAULT_SETTINGS, 'Asia/Jakarta')).toBe('id');
  });

  test('a region an organisation preset wins over the time zone, not over the user', () => {
    expect(getEffectiveRegion(DEFAULT_SETTINGS, 'Asia/Jakarta', 'uk')).toBe('uk');
    expect(getEffectiveRegion(CHOSEN, 'Asia/Jakarta', 'uk')).toBe('de');
  });
});
