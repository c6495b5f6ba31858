import { BACKGROUND_DATA } from 'virtual:background-data';
import { describe, expect, test } from 'vitest';
import { getBackgroundData, toChecklistGroupFacts, toMilestoneFacts } from '../../scripts/background-data-plugin';
import { toBadge } from '../../src/core/badge';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { EMPTY_CHECKLIST_STATE, getStepFingerprint, type ChecklistState } from '../../src/core/checklists';
import { composeView, type ViewInput } from '../../src/core/compose-view';
import { getTooltip } from '../../src/core/describe-status';
import { describeFactChanges, describeReminder } from '../../src/core/describe-notifications';
import { diffFacts, getFactFingerprint, takeFactSnapshot } from '../../src/core/milestone-facts';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { listReminders } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';
import { LOS_ANGELES_ENVIRONMENT, withEveryStepDone, viewAt } from '../support/views';

const FACTS = getBackgroundData(MILESTONES, CHECKLIST_GROUPS);
const TRANSLATORS = [translateEnglish, translateIndonesian, translateSpanish];
const JAKARTA = { locale: 'id', timeZone: 'Asia/Jakarta' };

/** Around every milestone: before the data was reviewed, at each instant and announcement, and a second later. */
const INSTANTS = [
  '2000-01-01T00:00:00Z',
  '2026-12-10T00:00:00Z',
  ...MILESTONES.flatMap((milestone) => [milestone.whenTime, milestone.whenTime + 1000, milestone.announcedTime].map((time) => new Date(time).toISOString())),
];

describe('the background data: the facts of the data the pages bundle whole', () => {
  test('is what the build puts in the virtual module, from the data modules as they are', () => {
    expect(BACKGROUND_DATA).toEqual(FACTS);
  });

  test('holds no text but message keys, and of each source only its address', () => {
    const json = JSON.stringify(FACTS);
    for (const field of ['publisher', 'archiveUrl', 'summary', 'meaning', 'scope', 'reportedOn', '"kind"', '"text":"step_', 'group_']) expect(json).not.toContain(field);
    expect(FACTS.milestones.flatMap((milestone) => milestone.sources.map((source) => Object.keys(source)))).toEqual(MILESTONES.flatMap((milestone) => milestone.sources.map(() => ['url'])));
  });

  test('gives every milestone the same facts, fact snapshot and fingerprint, so what was stored stays valid', () => {
    expect(takeFactSnapshot(FACTS.milestones)).toEqual(takeFactSnapshot(MILESTONES));
    expect(FACTS.milestones.map(getFactFingerprint)).toEqual(MILESTONES.map(getFactFingerprint));
    for (const region of REGION_IDS) expect(diffFacts({}, FACTS.milestones, region).map(({ kind, milestoneId }) => [kind, milestoneId])).toEqual(diffFacts({}, MILESTONES, region).map(({ kind, milestoneId }) => [kind, milestoneId]));
  });

  test('gives every checklist step the same fingerprint, so a tick stays ticked', () => {
    const steps = CHECKLIST_GROUPS.flatMap((group) => group.steps);
    const stepFacts = FACTS.checklistGroups.flatMap((group) => group.steps);
    expect(stepFacts.map((step) => step.id)).toEqual(steps.map((step) => step.id));
    expect(stepFacts.map((step) => getStepFingerprint(step, FACTS.milestones))).toEqual(steps.map((step) => getStepFingerprint(step, MILESTONES)));
  });

  test.each(REGION_IDS)('%s: the badge, the tooltip in each language and the next wake-up are the same as from the whole data, at every milestone', (region) => {
    for (const instant of INSTANTS) {
      const full = viewAt(region, instant);
      for (const checklistState of [EMPTY_CHECKLIST_STATE, withEveryStepDone(full)] satisfies ChecklistState[]) {
        const input: Omit<ViewInput, 'milestones' | 'checklistGroups'> = {
          storedSettings: { ...DEFAULT_SETTINGS, region },
          policy: {},
          environment: LOS_ANGELES_ENVIRONMENT,
          checklistState,
          seenFacts: {},
          now: new Date(instant),
        };
        const fromFacts = composeView({ ...input, ...FACTS });
        const fromData = composeView({ ...input, milestones: MILESTONES, checklistGroups: CHECKLIST_GROUPS });
        expect(toBadge(fromFacts), `${region} ${instant}`).toEqual(toBadge(fromData));
        expect([fromFacts.nextChangeAt, fromFacts.shownFacts, fromFacts.hasNews, fromFacts.checklist.openGroupCount]).toEqual([fromData.nextChangeAt, fromData.shownFacts, fromData.hasNews, fromData.checklist.openGroupCount]);
        for (const translate of TRANSLATORS) expect(getTooltip(fromFacts, translate)).toBe(getTooltip(fromData, translate));
      }
    }
  });

  test.each(REGION_IDS)('%s: every reminder and the change notification read the same as from the whole data', (region) => {
    const fromFacts = listReminders(FACTS.milestones, region);
    const fromData = listReminders(MILESTONES, region);
    expect(fromFacts.map((reminder) => reminder.key)).toEqual(fromData.map((reminder) => reminder.key));
    fromFacts.forEach((reminder, index) => {
      for (const translate of TRANSLATORS) expect(describeReminder(reminder, region, reminder.at, translate, JAKARTA)).toEqual(describeReminder(fromData[index]!, region, reminder.at, translate, JAKARTA));
    });
    for (const translate of TRANSLATORS) expect(describeFactChanges(diffFacts({}, FACTS.milestones, region), region, translate)).toEqual(describeFactChanges(diffFacts({}, MILESTONES, region), region, translate));
  });

  test('is made milestone by milestone and group by group, in the data\'s order', () => {
    expect(FACTS).toEqual({ milestones: MILESTONES.map(toMilestoneFacts), checklistGroups: CHECKLIST_GROUPS.map(toChecklistGroupFacts) });
    expect(FACTS.milestones.map((milestone) => milestone.id)).toEqual(MILESTONES.map((milestone) => milestone.id));
  });
});
