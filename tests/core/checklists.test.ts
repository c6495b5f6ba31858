import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import {
  EMPTY_CHECKLIST_STATE,
  getChecklist,
  getChecklistProgress,
  getStepFingerprint,
  DONE_STEP_KEY_PREFIX,
  isChecklistKey,
  parseChecklistEntries,
  SET_ASIDE_KEY_PREFIX,
} from '../../src/core/checklists';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';
import { withChangedMilestone } from '../support/milestone-fixtures';
import { markStep, setGroupAside } from '../support/views';

const AFTER_CUT_OFF = new Date('2026-12-10T00:00:00Z');
const groupIdsAt = (region: (typeof REGION_IDS)[number], now: Date) => getChecklist(CHECKLIST_GROUPS, MILESTONES, region, getStatus(MILESTONES, region, now, { timeZone: 'America/Los_Angeles' }).level, now).map((group) => group.id);
const findStep = (id: string) => CHECKLIST_GROUPS.flatMap((group) => group.steps).find((step) => step.id === id)!;

describe('getChecklist: steps only where the status calls for action', () => {
  test('the US after the cut-off: every system, UltraAV, the other products, small business', () => {
    expect(groupIdsAt('us', AFTER_CUT_OFF)).toEqual(['windows', 'mac', 'android', 'iphone', 'ultraav', 'password-manager', 'vpn-safe-kids', 'business']);
    expect(groupIdsAt('us-abroad', AFTER_CUT_OFF)).toEqual(groupIdsAt('us', AFTER_CUT_OFF));
  });

  test('the US before UltraAV arrived: no UltraAV group, no UltraVPN step', () => {
    const beforeSwitch = new Date('2024-08-01T00:00:00Z');
    expect(groupIdsAt('us', beforeSwitch)).not.toContain('ultraav');
    const vpn = getChecklist(CHECKLIST_GROUPS, MILESTONES, 'us', 'warning', beforeSwitch).find((group) => group.id === 'vpn-safe-kids');
    expect(vpn?.steps.map((step) => step.id)).toEqual(['safe-kids-replace']);
  });

  test("Germany's warning: the anti-virus steps on every system and for small business, no US products", () => {
    expect(groupIdsAt('de', AFTER_CUT_OFF)).toEqual(['windows', 'mac', 'android', 'iphone', 'business']);
    expect(getChecklist(CHECKLIST_GROUPS, MILESTONES, 'de', 'warning', AFTER_CUT_OFF).flatMap((group) => group.steps.map((step) => step.id))).not.toContain('business-contracts');
  });

  test.each(['id', 'other', 'uk', 'ca', 'au', 'nl', 'lt', 'it'] as const)('%s: nothing to do (no restriction, or one for government systems only)', (region) => {
    expect(groupIdsAt(region, AFTER_CUT_OFF)).toEqual([]);
  });

  test('every group and step has a message, and every step that states a fact has a source', () => {
    for (const group of CHECKLIST_GROUPS) {
      expect(Object.keys(englishMessages)).toContain(group.title);
      for (const step of group.steps) {
        expect(Object.keys(englishMessages), step.id).toContain(step.text);
        if (step.id !== 'business-inventory') expect(step.basedOn.length + (step.extraSources?.length ?? 0), step.id).toBeGreaterThan(0);
      }
    }
  });

  test('ids are unique, so one tick counts in every region that lists the step', () => {
    const stepIds = CHECKLIST_GROUPS.flatMap((group) => group.steps.map((step) => step.id));
    expect(new Set(stepIds).size).toBe(stepIds.length);
    expect(new Set(CHECKLIST_GROUPS.map((group) => group.id)).size).toBe(CHECKLIST_GROUPS.length);
  });
});

describe('progress', () => {
  const groups = getChecklist(CHECKLIST_GROUPS, MILESTONES, 'de', 'warning', AFTER_CUT_OFF);

  test('a group is done when every step is ticked or it is set aside; the status when every group is', () => {
    let state = EMPTY_CHECKLIST_STATE;
    expect(getChecklistProgress(groups, state, MILESTONES).openGroupCount).toBe(5);
    state = markStep(state, findStep('windows-remove-kaspersky'), MILESTONES, true);
    expect(getChecklistProgress(groups, state, MILESTONES).openGroupCount).toBe(5);
    state = markStep(state, findStep('windows-protection-on'), MILESTONES, true);
    state = setGroupAside(state, 'mac', true);
    expect(getChecklistProgress(groups, state, MILESTONES).openGroupCount).toBe(3);
    for (const id of ['android', 'iphone', 'business']) state = setGroupAside(state, id, true);
    const done = getChecklistProgress(groups, state, MILESTONES);
    expect({ open: done.openGroupCount, hasItems: done.hasItems }).toEqual({ open: 0, hasItems: true });
    expect(getChecklistProgress(groups, setGroupAside(state, 'mac', false), MILESTONES).openGroupCount).toBe(1);
    expect(getChecklistProgress(groups, markStep(state, findStep('windows-protection-on'), MILESTONES, false), MILESTONES).openGroupCount).toBe(1);
  });

  test('a step opens again when an update corrects the facts it rests on; others stay done', () => {
    const ultraAv = findStep('ultraav-keep-or-remove');
    const windows = findStep('windows-remove-kaspersky');
    const state = markStep(markStep(EMPTY_CHECKLIST_STATE, ultraAv, MILESTONES, true), windows, MILESTONES, true);
    const corrected = withChangedMilestone('us-ultraav-switch', { when: '2024-09-20T00:00:00-04:00' });
    expect(getStepFingerprint(ultraAv, corrected)).not.toBe(getStepFingerprint(ultraAv, MILESTONES));
    const usGroups = getChecklist(CHECKLIST_GROUPS, corrected, 'us', 'critical', AFTER_CUT_OFF);
    const progress = getChecklistProgress(usGroups, state, corrected);
    expect(progress.groups.find(({ group }) => group.id === 'ultraav')?.doneStepIds).toEqual([]);
    expect(progress.groups.find(({ group }) => group.id === 'windows')?.doneStepIds).toEqual(['windows-remove-kaspersky']);
  });
});

describe('parseChecklistEntries: stored marks are untrusted input', () => {
  const step = (id: string) => `${DONE_STEP_KEY_PREFIX}${id}`;
  const aside = (id: string) => `${SET_ASIDE_KEY_PREFIX}${id}`;

  test('one entry per mark; unknown ids and wrong values are left out and reported for removal; other entries are not ours', () => {
    const fingerprint = getStepFingerprint(findStep('mac-remove-kaspersky'), MILESTONES);
    const entries = {
      [step('mac-remove-kaspersky')]: fingerprint,
      [step('no-such-step')]: '12345678',
      [step('windows-protection-on')]: 'yes',
      [aside('mac')]: true,
      [aside('mars')]: true,
      [aside('android')]: 'true',
      settings: { region: 'us' },
      popupState: { openSections: [] },
    };
    expect(parseChecklistEntries(entries, CHECKLIST_GROUPS)).toEqual({
      state: { doneSteps: { 'mac-remove-kaspersky': fingerprint }, setAsideGroups: ['mac'] },
      invalidKeys: [step('no-such-step'), step('windows-protection-on'), aside('mars'), aside('android')],
    });
    expect(parseChecklistEntries(undefined, CHECKLIST_GROUPS)).toEqual({ state: EMPTY_CHECKLIST_STATE, invalidKeys: [] });
  });

  test('anything at all parses to known ids only, never throws, and every checklist entry is either kept or reported', () => {
    const knownSteps = CHECKLIST_GROUPS.flatMap((group) => group.steps.map((one) => one.id));
    const knownGroups = CHECKLIST_GROUPS.map((group) => group.id);
    const anyKey = fc.oneof(fc.constantFrom(...knownSteps.map(step), ...knownGroups.map(aside)), fc.string().map(step), fc.string());
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(anyKey, fc.oneof(fc.anything(), fc.stringMatching(/^[0-9a-f]{8}$/), fc.constant(true)))), (stored) => {
        const { state, invalidKeys } = parseChecklistEntries(stored, CHECKLIST_GROUPS);
        expect(Object.keys(state.doneSteps).every((id) => knownSteps.includes(id))).toBe(true);
        expect(state.setAsideGroups.every((id) => knownGroups.includes(id))).toBe(true);
        const checklistKeys = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? Object.keys(stored).filter(isChecklistKey) : [];
        expect(Object.keys(state.doneSteps).length + state.setAsideGroups.length + invalidKeys.length).toBe(checklistKeys.length);
      }),
    );
  });
});
