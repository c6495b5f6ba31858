import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isRegionId, REGION_IDS, suggestRegion } from '../../src/core/regions';

describe('suggestRegion', () => {
  test.each([
    ['Asia/Jakarta', 'id'],
    ['Asia/Makassar', 'id'],
    ['Asia/Jayapura', 'id'],
    ['America/Los_Angeles', 'us'],
    ['Pacific/Honolulu', 'us'],
    ['America/New_York', 'us'],
    ['Europe/Berlin', 'de'],
    ['Europe/London', 'uk'],
    ['America/Toronto', 'ca'],
    ['America/Vancouver', 'ca'],
    ['America/Coral_Harbour', 'ca'],
    ['Australia/Sydney', 'au'],
    ['Australia/Perth', 'au'],
    ['Europe/Amsterdam', 'nl'],
    ['Europe/Vilnius', 'lt'],
    ['Europe/Rome', 'it'],
  ])('%s suggests %s', (zone, region) => {
    expect(suggestRegion(zone)).toBe(region);
  });

  test.each(['America/Mexico_City', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Calcutta', 'Asia/Tokyo', 'Europe/Paris', 'Africa/Lagos', 'Brazil/East'])(
    '%s lies in a country without a preset: "Other", never the US alarm',
    (zone) => {
      expect(suggestRegion(zone)).toBe('other');
    },
  );

  test.each(['UTC', 'Etc/UTC', 'Etc/GMT+10', 'GMT', 'CET', '', 'not a zone', 'Mars/Olympus_Mons'])('%s names no place: the United States, the main audience', (zone) => {
    expect(suggestRegion(zone)).toBe('us');
  });

  test('with no zone at all it falls back to the United States', () => {
    expect(suggestRegion(undefined)).toBe('us');
  });

  test('never guesses "U.S. person abroad"; guesses the US only for a US zone or one that names no place', () => {
    const zones = [...Intl.supportedValuesOf('timeZone'), 'Etc/UTC'];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...zones), fc.string()), (zone) => {
        const region = suggestRegion(zone);
        expect(region).not.toBe('us-abroad');
        if (region === 'us' && zone.includes('/') && !zone.startsWith('Etc/') && Intl.supportedValuesOf('timeZone').includes(zone)) {
          expect(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone).toMatch(/^(America|Pacific|US)\//);
        }
      }),
    );
  });

  test('every canonical zone of a country without a preset suggests "Other"', () => {
    const unmapped = Intl.supportedValuesOf('timeZone').filter((zone) => zone.startsWith('America/Argentina/') || zone.startsWith('Asia/') && zone !== 'Asia/Jakarta');
    for (const zone of unmapped.filter((zone) => !['Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'].includes(zone))) expect(suggestRegion(zone), zone).toBe('other');
  });
});

describe('isRegionId', () => {
  test('accepts the presets only', () => {
    expect(REGION_IDS.every(isRegionId)).toBe(true);
    for (const value of ['US', 'usa', '', null, undefined, 1, {}, ['us']]) expect(isRegionId(value)).toBe(false);
  });
});
