import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getShownFactsFingerprint, hasUnseenFacts, parseSeenFacts } from '../../src/core/seen-facts';
import { withChangedMilestone } from '../support/milestone-fixtures';

describe('what the reader has seen', () => {
  test('the fingerprint changes when a milestone passes or is announced, and when facts are corrected', () => {
    const before = getShownFactsFingerprint(MILESTONES, 'us', new Date('2024-09-29T03:59:59Z'));
    const after = getShownFactsFingerprint(MILESTONES, 'us', new Date('2024-09-29T04:00:00Z'));
    expect(after).not.toBe(before);
    const later = new Date('2026-12-10T00:00:00Z');
    expect(getShownFactsFingerprint(MILESTONES, 'us', later)).toBe(getShownFactsFingerprint(MILESTONES, 'us', new Date('2027-06-01T00:00:00Z')));
    const corrected = withChangedMilestone('us-new-sales-end', { when: '2024-07-21T00:00:00-04:00' });
    expect(getShownFactsFingerprint(corrected, 'us', later)).not.toBe(getShownFactsFingerprint(MILESTONES, 'us', later));
    expect(getShownFactsFingerprint(corrected, 'de', later)).toBe(getShownFactsFingerprint(MILESTONES, 'de', later));
  });

  test('news only where something is known, and never with a clock before the review date', () => {
    const later = new Date('2026-12-10T00:00:00Z');
    const shown = getShownFactsFingerprint(MILESTONES, 'ca', later);
    expect(hasUnseenFacts({}, 'ca', shown, 'info', later)).toBe(true);
    expect(hasUnseenFacts({ ca: shown }, 'ca', shown, 'info', later)).toBe(false);
    expect(hasUnseenFacts({}, 'id', getShownFactsFingerprint(MILESTONES, 'id', later), 'none', later)).toBe(false);
    expect(hasUnseenFacts({}, 'ca', shown, 'info', new Date('2026-11-01T00:00:00Z'))).toBe(false);
  });

  test('stored values are untrusted: only known regions with fingerprints are kept', () => {
    expect(parseSeenFacts({ us: 'abcdef01', mars: 'abcdef01', de: 42, ca: 'x' })).toEqual({ us: 'abcdef01' });
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const seen = parseSeenFacts(stored);
        expect(Object.keys(seen).every((region) => (REGION_IDS as readonly string[]).includes(region))).toBe(true);
      }),
    );
  });
});
