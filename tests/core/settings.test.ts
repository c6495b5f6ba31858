import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { REGION_IDS } from '../../src/core/regions';
import { DEFAULT_SETTINGS, getEffectiveRegion, parseSettings, SETTINGS_VERSION } from '../../src/core/settings';

describe('parseSettings', () => {
  test('nothing stored yet: defaults, nothing to repair', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, isRepairNeeded: false });
  });

  test('a valid stored choice is kept as it is', () => {
    expect(parseSettings({ version: 1, region: 'de' })).toEqual({ settings: { version: 1, region: 'de' }, isRepairNeeded: false });
  });

  test('key order does not count as damage', () => {
    expect(parseSettings({ region: 'de', version: 1 }).isRepairNeeded).toBe(false);
  });

  test.each([
    ['an unknown region', { version: 1, region: 'atlantis' }, DEFAULT_SETTINGS],
    ['a region of the wrong type', { version: 1, region: 7 }, DEFAULT_SETTINGS],
    ['a huge string', { version: 1, region: 'x'.repeat(100_000) }, DEFAULT_SETTINGS],
    ['an unknown key beside a good region', { version: 1, region: 'id', theme: 'pink' }, { version: 1, region: 'id' }],
    ['no version', { region: 'uk' }, { version: 1, region: 'uk' }],
    ['a future version', { version: 99, region: 'uk' }, { version: 1, region: 'uk' }],
    ['a bare string', 'de', DEFAULT_SETTINGS],
    ['an array', ['de'], DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
  ])('%s is repaired', (_label, stored, expected) => {
    expect(parseSettings(stored)).toEqual({ settings: expected, isRepairNeeded: true });
  });

  test('any stored value gives valid settings, and parsing them again needs no repair', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ version: fc.anything(), region: fc.oneof(fc.constantFrom(...REGION_IDS), fc.anything()) })), (stored) => {
        const { settings } = parseSettings(stored);
        expect(settings.version).toBe(SETTINGS_VERSION);
        expect(settings.region === undefined || REGION_IDS.includes(settings.region)).toBe(true);
        expect(parseSettings(settings).isRepairNeeded).toBe(false);
      }),
    );
  });
});

describe('getEffectiveRegion', () => {
  test('the user choice wins over the time zone', () => {
    expect(getEffectiveRegion({ version: 1, region: 'de' }, 'Asia/Jakarta')).toBe('de');
  });

  test('without a choice the time zone suggests', () => {
    expect(getEffectiveRegion(DEFAULT_SETTINGS, 'Asia/Jakarta')).toBe('id');
  });
});
