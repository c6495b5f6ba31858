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

  test.each(['Asia/Tokyo', 'Europe/Paris', 'UTC', 'Etc/GMT+10', '', 'not a zone'])('%s falls back to the United States', (zone) => {
    expect(suggestRegion(zone)).toBe('us');
  });

  test('with no zone at all it falls back to the United States', () => {
    expect(suggestRegion(undefined)).toBe('us');
  });

  test('never guesses "U.S. person abroad" or "other", whatever the zone', () => {
    const zones = [...Intl.supportedValuesOf('timeZone'), 'Etc/UTC'];
    fc.assert(fc.property(fc.oneof(fc.constantFrom(...zones), fc.string()), (zone) => !['us-abroad', 'other'].includes(suggestRegion(zone))));
  });
});

describe('isRegionId', () => {
  test('accepts the presets only', () => {
    expect(REGION_IDS.every(isRegionId)).toBe(true);
    for (const value of ['US', 'usa', '', null, undefined, 1, {}, ['us']]) expect(isRegionId(value)).toBe(false);
  });
});
