import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { EMPTY_CHECKLIST_STATE } from '../../src/core/checklists';
import { composeView, type BrowserEnvironment } from '../../src/core/compose-view';
import { MILESTONES } from '../../src/core/milestones';
import { withChangedMilestone } from '../support/milestone-fixtures';
import { isUsRuleRegion, REGION_IDS } from '../../src/core/regions';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { getStatus } from '../../src/core/status';

const LOS_ANGELES: BrowserEnvironment = { textLanguage: 'en', locales: ['en-US', 'en'], timeZone: 'America/Los_Angeles' };
const AFTER_CUT_OFF = new Date('2026-12-01T18:00:00Z');

describe('composeView', () => {
  test('suggests the region from the zone until one is chosen, and says it was suggested', () => {
    const suggested = composeView({ checklistState: EMPTY_CHECKLIST_STATE, seenFacts: {}, storedSettings: DEFAULT_SETTINGS, policy: {}, environment: { ...LOS_ANGELES, timeZone: 'Asia/Jakarta' }, now: AFTER_CUT_OFF, milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS });
    expect(suggested).toMatchObject({ region: 'id', isRegionSuggested: true, language: 'en', display: { locale: 'en-US', timeZone: 'Asia/Jakarta' } });
    const chosen = composeView({ checklistState: EMPTY_CHECKLIST_STATE, seenFacts: {}, storedSettings: { ...DEFAULT_SETTINGS, region: 'de' }, policy: {}, environment: LOS_ANGELES, now: AFTER_CUT_OFF, milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS });
    expect(chosen).toMatchObject({ region: 'de', isRegionSuggested: false });
  });

  test("a locked policy wins over the user's choice and is reported as locked", () => {
    const view = composeView({
      checklistState: EMPTY_CHECKLIST_STATE,
      seenFacts: {},
      storedSettings: { ...DEFAULT_SETTINGS, region: 'us', isBadgeShown: true },
      policy: { region: 'nl', lockRegion: true, showBadge: false },
      environment: LOS_ANGELES,
      now: AFTER_CUT_OFF,
      milestones: MILESTONES,
      checklistGroups: CHECKLIST_GROUPS,
    });
    expect(view).toMatchObject({ region: 'nl', isRegionSuggested: false, settings: { isBadgeShown: false } });
    expect(view.lockedByPolicy).toEqual(['region', 'isBadgeShown']);
    expect(view.status.region).toBe('nl');
  });

  test('the chosen language decides the text; the browser decides its regional variant for dates', () => {
    const british = composeView({ checklistState: EMPTY_CHECKLIST_STATE, seenFacts: {}, storedSettings: DEFAULT_SETTINGS, policy: {}, environment: { textLanguage: 'en', locales: ['en-GB'], timeZone: 'Europe/London' }, now: AFTER_CUT_OFF, milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS });
    expect(british).toMatchObject({ language: 'en', display: { locale: 'en-GB' } });
    const indonesian = composeView({ checklistState: EMPTY_CHECKLIST_STATE, seenFacts: {}, storedSettings: { ...DEFAULT_SETTINGS, language: 'id' }, policy: {}, environment: LOS_ANGELES, now: AFTER_CUT_OFF, milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS });
    expect(indonesian).toMatchObject({ language: 'id', display: { locale: 'id' } });
  });

  test('the data is a parameter: another data set gives another status', () => {
    const withoutCutOff = withChangedMilestone('us-updates-end', { when: '2027-09-29T00:00:00-04:00' });
    const view = composeView({ checklistState: EMPTY_CHECKLIST_STATE, seenFacts: {}, storedSettings: { ...DEFAULT_SETTINGS, region: 'us' }, policy: {}, environment: LOS_ANGELES, now: AFTER_CUT_OFF, milestones: withoutCutOff, checklistGroups: CHECKLIST_GROUPS });
    expect(view.status.state?.id).not.toBe('us-updates-end');
  });

  test('for any region and instant: the status is the core status, the US status is the US one, and the next change is the earliest of both', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGION_IDS), fc.date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2032-01-01T00:00:00Z'), noInvalidDate: true }), (region, now) => {
        const view = composeView({ checklistState: EMPTY_CHECKLIST_STATE, seenFacts: {}, storedSettings: { ...DEFAULT_SETTINGS, region }, policy: {}, environment: LOS_ANGELES, now, milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS });
        expect(view.status).toEqual(getStatus(MILESTONES, region, now, LOS_ANGELES));
        expect(view.usStatus).toEqual(isUsRuleRegion(region) ? view.status : getStatus(MILESTONES, 'us', now, LOS_ANGELES));
        const changes = [view.status.changesAt, view.usStatus.changesAt].filter((change) => change !== undefined).map((change) => change.getTime());
        expect(view.nextChangeAt?.getTime()).toBe(changes.length > 0 ? Math.min(...changes) : undefined);
      }),
      { numRuns: 300 },
    );
  });
});
