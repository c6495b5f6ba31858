import { CHECKLIST_FACTS } from 'virtual:checklist-facts';
import { MILESTONE_FACT_RECORDS } from 'virtual:milestone-facts';
import { MILESTONE_TEXTS } from 'virtual:milestone-texts';
import { describe, expect, test } from 'vitest';
import { toChecklistGroupFacts, toMilestoneFactRecord, toMilestoneTexts } from '../../scripts/bundled-data-plugin';
import { toBadge } from '../../src/core/badge';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { EMPTY_CHECKLIST_STATE, getStepFingerprint, type ChecklistState } from '../../src/core/checklists';
import { composeView, type ViewInput } from '../../src/core/compose-view';
import { getTooltip } from '../../src/core/describe-status';
import { describeFactChanges, describeReminder } from '../../src/core/describe-notifications';
import { parseMilestone } from '../../src/core/milestone';
import { diffFacts, getFactFingerprint, takeFactSnapshot } from '../../src/core/milestone-facts';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { listReminders } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { BUNDLED_MILESTONES } from '../../src/ui/bundled-milestones';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';
import { LOS_ANGELES_ENVIRONMENT, withEveryStepDone, viewAt } from '../support/views';

/** What the background runs on. */
const FACTS = { milestones: MILESTONE_FACT_RECORDS.map(parseMilestone), checklistGroups: CHECKLIST_FACTS };
const TRANSLATORS = [translateEnglish, translateIndonesian, translateSpanish];
const JAKARTA = { locale: 'id', timeZone: 'Asia/Jakarta' };

/** Around every milestone: before the data was reviewed, at each instant and announcement, and a second later. */
const INSTANTS = [
  '2000-01-01T00:00:00Z',
  '2026-12-10T00:00:00Z',
  ...MILESTONES.flatMap((milestone) => [milestone.whenTime, milestone.whenTime + 1000, milestone.announcedTime].map((time) => new Date(time).toISOString())),
];

describe('the data as the build ships it, in parts', () => {
  test('the modules are the parts of src/core/milestones.ts and checklist-groups.ts as they are, in their order', () => {
    expect(MILESTONE_FACT_RECORDS).toEqual(MILESTONES.map(toMilestoneFactRecord));
    expect(MILESTONE_TEXTS).toEqual(MILESTONES.map(toMilestoneTexts));
    expect(CHECKLIST_FACTS).toEqual(CHECKLIST_GROUPS.map(toChecklistGroupFacts));
  });

  test('the pages join the parts back into exactly the data', () => {
    expect(BUNDLED_MILESTONES).toEqual(MILESTONES);
  });

  test('every date is in the facts alone, so an update that moves one reaches the badge and the pages alike', () => {
    const texts = JSON.stringify(MILESTONE_TEXTS);
    for (const { when, announced } of MILESTONES) {
      expect(texts).not.toContain(when);
      expect(texts).not.toContain(announced);
    }
  });

  test('the facts hold no text but message keys, and of each source only its address', () => {
    const json = JSON.stringify([MILESTONE_FACT_RECORDS, CHECKLIST_FACTS]);
    for (const field of ['publisher', 'archiveUrl', 'summary', 'meaning', 'scope', 'reportedOn', '"kind"', 'step_', 'group_']) expect(json).not.toContain(field);
    expect(MILESTONE_FACT_RECORDS.flatMap((milestone) => milestone.sources.map((source) => Object.keys(source)))).toEqual(MILESTONES.flatMap((milestone) => milestone.sources.map(() => ['url'])));
  });

  test('the facts give every milestone the same fact snapshot and fingerprint, so what was stored stays valid', () => {
    expect(takeFactSnapshot(FACTS.milestones)).toEqual(takeFactSnapshot(MILESTONES));
    expect(FACTS.milestones.map(getFactFingerprint)).toEqual(MILESTONES.map(getFactFingerprint));
    for (const region of REGION_IDS) expect(diffFacts({}, FACTS.milestones, region).map(({ kind, milestoneId }) => [kind, milestoneId])).toEqual(diffFacts({}, MILESTONES, region).map(({ kind, milestoneId }) => [kind, milestoneId]));
  });

  test('the facts give every checklist step the same fingerprint, so a tick stays ticked', () => {
    const steps = CHECKLIST_GROUPS.flatMap((group) => group.steps);
    const stepFacts = FACTS.checklistGroups.flatMap((group) => group.steps);
    expect(stepFacts.map((step) => step.id)).toEqual(steps.map((step) => step.id));
    expect(stepFacts.map((step) => getStepFingerprint(step, FACTS.milestones))).toEqual(steps.map((step) => getStepFingerprint(step, MILESTONES)));
  });

  test.each(REGION_IDS)('%s: from the facts, the badge, the tooltip in each language and the next wake-up are those of the whole data, at every milestone', (region) => {
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

  test.each(REGION_IDS)('%s: from the facts, every reminder and the change notification read as from the whole data', (region) => {
    const fromFacts = listReminders(FACTS.milestones, region, JAKARTA);
    const fromData = listReminders(MILESTONES, region, JAKARTA);
    expect(fromFacts.map((reminder) => reminder.key)).toEqual(fromData.map((reminder) => reminder.key));
    fromFacts.forEach((reminder, index) => {
      for (const translate of TRANSLATORS) expect(describeReminder(reminder, region, reminder.at, translate, JAKARTA)).toEqual(describeReminder(fromData[index]!, region, reminder.at, translate, JAKARTA));
    });
    for (const translate of TRANSLATORS) expect(describeFactChanges(diffFacts({}, FACTS.milestones, region), region, translate)).toEqual(describeFactChanges(diffFacts({}, MILESTONES, region), region, translate));
  });

  test('a source whose archived copy is not the Wayback form of its address stops the build', () => {
    const [first] = MILESTONES;
    const [source] = first!.sources;
    expect(() => toMilestoneTexts({ ...first!, sources: [{ ...source, archiveUrl: 'https://archive.example/copy' }] })).toThrow(/archived copy/);
  });
});
