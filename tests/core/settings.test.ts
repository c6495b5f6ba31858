import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LANGUAGE_CHOICES } from '../../src/core/language';
import { REGION_IDS } from '../../src/core/regions';
import { DEFAULT_SETTINGS, getEffectiveRegion, parseSettings, SETTINGS_VERSION, THEMES } from '../../src/core/settings';

const CHOSEN_WITHOUT_REGION = { version: 2, language: 'id', isBadgeShown: false, theme: 'dark' } as const;
const CHOSEN = { ...CHOSEN_WITHOUT_REGION, region: 'de' } as const;

describe('parseSettings', () => {
  test('nothing stored yet: defaults, nothing to repair', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, isRepairNeeded: false });
  });

  test('the defaults follow the browser, show the badge and suggest the region', () => {
    expect(DEFAULT_SETTINGS).toEqual({ version: 2, language: 'browser', isBadgeShown: true, theme: 'system' });
  });

  test('valid stored choices are kept as they are', () => {
    expect(parseSettings(CHOSEN)).toEqual({ settings: CHOSEN, isRepairNeeded: false });
  });

  test('key order does not count as damage', () => {
    expect(parseSettings({ theme: 'dark', isBadgeShown: false, language: 'id', region: 'de', version: 2 }).isRepairNeeded).toBe(false);
  });

  test('settings stored by version 1 (0.1.0) are migrated, keeping the region', () => {
    expect(parseSettings({ version: 1, region: 'uk' })).toEqual({ settings: { ...DEFAULT_SETTINGS, region: 'uk' }, isRepairNeeded: true });
  });

  test.each([
    ['an unknown region', { ...CHOSEN, region: 'atlantis' }, CHOSEN_WITHOUT_REGION],
    ['a region of the wrong type', { ...CHOSEN, region: 7 }, CHOSEN_WITHOUT_REGION],
    ['a huge string', { ...CHOSEN, language: 'x'.repeat(100_000) }, { ...CHOSEN, language: 'browser' }],
    ['a badge flag of the wrong type', { ...CHOSEN, isBadgeShown: 'no' }, { ...CHOSEN, isBadgeShown: true }],
    ['an unknown theme', { ...CHOSEN, theme: 'pink' }, { ...CHOSEN, theme: 'system' }],
    ['an unknown key', { ...CHOSEN, tracking: true }, CHOSEN],
    ['no version', { region: 'uk' }, { ...DEFAULT_SETTINGS, region: 'uk' }],
    ['a version that cannot even be turned into a number', { version: { toString: undefined } }, DEFAULT_SETTINGS],
    ['a bare string', 'de', DEFAULT_SETTINGS],
    ['an array', ['de'], DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
  ])('%s is repaired', (_label, stored, expected) => {
    expect(parseSettings(stored)).toEqual({ settings: expected, isRepairNeeded: true });
  });

  test('settings from a newer version are read as far as understood, and never written back', () => {
    expect(parseSettings({ ...CHOSEN, version: 3, reminders: true, theme: 'sepia' })).toEqual({
      settings: { ...CHOSEN, theme: 'system' },
      isRepairNeeded: false,
    });
  });

  test('any stored value gives valid settings, and parsing them again needs no repair', () => {
    const storedSettings = fc.record(
      {
        version: fc.oneof(fc.constantFrom(1, 2, 3), fc.anything()),
        region: fc.oneof(fc.constantFrom(...REGION_IDS), fc.anything()),
        language: fc.oneof(fc.constantFrom(...LANGUAGE_CHOICES), fc.anything()),
        isBadgeShown: fc.oneof(fc.boolean(), fc.anything()),
        theme: fc.oneof(fc.constantFrom(...THEMES), fc.anything()),
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
});
