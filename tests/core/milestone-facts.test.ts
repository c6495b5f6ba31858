import { parseMilestone } from '../../src/core/milestone';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffFacts, getFactFingerprint, parseFactSnapshot, takeFactSnapshot } from '../../src/core/milestone-facts';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { findBundledMilestone, withChangedMilestone } from '../support/milestone-fixtures';

const SNAPSHOT = takeFactSnapshot(MILESTONES);
const summarize = (changes: ReturnType<typeof diffFacts>) => changes.map((change) => `${change.kind} ${change.milestoneId}`);

describe('diffFacts', () => {
  test.each(REGION_IDS)('the same data: nothing changed for %s', (region) => {
    expect(diffFacts(SNAPSHOT, MILESTONES, region)).toEqual([]);
  });

  test('only the wording or a translation changed: nothing changed', () => {
    const reworded = MILESTONES.map((milestone) => ({ ...milestone, text: { title: milestone.text.summary, summary: milestone.text.title } }));
    expect(diffFacts(SNAPSHOT, reworded, 'us')).toEqual([]);
  });

  test('a corrected date is named, for the regions it applies to only', () => {
    const corrected = withChangedMilestone('us-new-sales-end', { when: '2024-07-21T00:00:00-04:00' });
    expect(summarize(diffFacts(SNAPSHOT, corrected, 'us'))).toEqual(['date-corrected us-new-sales-end']);
    expect(summarize(diffFacts(SNAPSHOT, corrected, 'us-abroad'))).toEqual(['date-corrected us-new-sales-end']);
    expect(diffFacts(SNAPSHOT, corrected, 'de')).toEqual([]);
  });

  test('a time of day found for a date counts as a corrected date', () => {
    expect(summarize(diffFacts(SNAPSHOT, withChangedMilestone('de-bsi-warning', { precision: 'instant' }), 'de'))).toEqual(['date-corrected de-bsi-warning']);
  });

  test('a new source is named', () => {
    const milestone = findBundledMilestone('de-bsi-warning');
    const withSource = withChangedMilestone('de-bsi-warning', {
      sources: [...milestone.sources, { ...milestone.sources[0], url: 'https://www.bsi.bund.de/example-follow-up' }],
    });
    expect(summarize(diffFacts(SNAPSHOT, withSource, 'de'))).toEqual(['source-added de-bsi-warning']);
  });

  test('a new milestone is named as added; one that starts to apply to a region too', () => {
    const added = [...MILESTONES, { ...findBundledMilestone('de-bsi-warning'), id: 'de-new-measure' }];
    expect(summarize(diffFacts(SNAPSHOT, added, 'de'))).toEqual(['added de-new-measure']);
    const widened = withChangedMilestone('de-bsi-warning', { regions: ['de', 'nl'] });
    expect(summarize(diffFacts(SNAPSHOT, widened, 'nl'))).toEqual(['details-corrected de-bsi-warning']);
  });

  test('a withdrawn milestone is named last, and one that stops applying to a region counts there', () => {
    const withdrawn = MILESTONES.filter((milestone) => milestone.id !== 'uk-ncsc-letter');
    expect(diffFacts(SNAPSHOT, withdrawn, 'uk')).toEqual([{ kind: 'withdrawn', milestoneId: 'uk-ncsc-letter' }]);
    const narrowed = withChangedMilestone('uk-ncsc-letter', { regions: ['lt'] });
    expect(summarize(diffFacts(SNAPSHOT, narrowed, 'uk'))).toEqual(['details-corrected uk-ncsc-letter']);
  });

  test('a changed level, deadline or confidence is a corrected detail', () => {
    expect(summarize(diffFacts(SNAPSHOT, withChangedMilestone('ca-government-devices', { effect: 'warning' }), 'ca'))).toEqual(['details-corrected ca-government-devices']);
    expect(summarize(diffFacts(SNAPSHOT, withChangedMilestone('ca-government-devices', { confidence: 'secondary' }), 'ca'))).toEqual(['details-corrected ca-government-devices']);
  });

  test('a date and a source changed together are both named', () => {
    const milestone = findBundledMilestone('us-updates-end');
    const both = withChangedMilestone('us-updates-end', {
      when: '2024-09-30T00:00:00-04:00',
      sources: [...milestone.sources, { ...milestone.sources[0], url: 'https://www.bis.gov/example' }],
    });
    expect(summarize(diffFacts(SNAPSHOT, both, 'us'))).toEqual(['date-corrected us-updates-end', 'source-added us-updates-end']);
  });
});

describe('getFactFingerprint', () => {
  test('every bundled milestone has its own', () => {
    expect(new Set(MILESTONES.map(getFactFingerprint)).size).toBe(MILESTONES.length);
  });

  test('eight hex digits, the same for the same facts', () => {
    const milestone = findBundledMilestone('us-updates-end');
    expect(getFactFingerprint(milestone)).toMatch(/^[0-9a-f]{8}$/);
    expect(getFactFingerprint({ ...milestone })).toBe(getFactFingerprint(milestone));
    expect(getFactFingerprint(parseMilestone({ ...milestone, announced: '2024-06-21T00:00:00-04:00' }))).not.toBe(getFactFingerprint(milestone));
  });
});

describe('parseFactSnapshot', () => {
  test('a snapshot survives storage (JSON) unchanged', () => {
    expect(parseFactSnapshot(JSON.parse(JSON.stringify(SNAPSHOT)))).toEqual(SNAPSHOT);
  });

  test('damaged or foreign values are not trusted at all', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const parsed = parseFactSnapshot(stored);
        if (parsed) for (const record of Object.values(parsed)) expect(typeof record.when).toBe('string');
      }),
    );
    const damaged = { ...SNAPSHOT, 'us-updates-end': { ...SNAPSHOT['us-updates-end'], sourceUrls: 'https://x' } };
    expect(parseFactSnapshot(damaged)).toBeUndefined();
    expect(parseFactSnapshot([])).toBeUndefined();
    expect(parseFactSnapshot(null)).toBeUndefined();
  });
});
