import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import {
  CHECKLIST_GROUPS,
  EMPTY_CHECKLIST_STATE,
  getChecklist,
  getChecklistProgress,
  getStepFingerprint,
  markStep,
  parseChecklistState,
  setGroupAside,
} from '../../src/core/checklists';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';
import { withChangedMilestone } from '../support/milestone-fixtures';

const AFTER_CUT_OFF = new Date('2026-12-10T00:00:00Z');
const groupIdsAt = (region: (typeof REGION_IDS)[number], now: Date) => getChecklist(MILESTONES, region, getStatus(MILESTONES, region, now).level, now).map((group) => group.id);
const findStep = (id: string) => CHECKLIST_GROUPS.flatMap((group) => group.steps).find((step) => step.id === id)!;

describe('getChecklist: steps only where the status calls for action', () => {
  test('the US after the cut-off: every system, UltraAV, the other products, small business', () => {
    expect(groupIdsAt('us', AFTER_CUT_OFF)).toEqual(['windows', 'mac', 'android', 'iphone', 'ultraav', 'password-manager', 'vpn-safe-kids', 'business']);
    expect(groupIdsAt('us-abroad', AFTER_CUT_OFF)).toEqual(groupIdsAt('us', AFTER_CUT_OFF));
  });

  test('the US before UltraAV arrived: no UltraAV group, no UltraVPN step', () => {
    const beforeSwitch = new Date('2024-08-01T00:00:00Z');
    expect(groupIdsAt('us', beforeSwitch)).not.toContain('ultraav');
    const vpn = getChecklist(MILESTONES, 'us', 'warning', beforeSwitch).find((group) => group.id === 'vpn-safe-kids');
    expect(vpn?.steps.map((step) => step.id)).toEqual(['safe-kids-replace']);
  });

  test("Germany's warning: the anti-virus steps on every system and for small business, no US products", () => {
    expect(groupIdsAt('de', AFTER_CUT_OFF)).toEqual(['windows', 'mac', 'android', 'iphone', 'business']);
    expect(getChecklist(MILESTONES, 'de', 'warning', AFTER_CUT_OFF).flatMap((group) => group.steps.map((step) => step.id))).not.toContain('business-contracts');
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
  const groups = getChecklist(MILESTONES, 'de', 'warning', AFTER_CUT_OFF);

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
    const usGroups = getChecklist(corrected, 'us', 'critical', AFTER_CUT_OFF);
    const progress = getChecklistProgress(usGroups, state, corrected);
    expect(progress.groups.find(({ group }) => group.id === 'ultraav')?.doneStepIds).toEqual([]);
    expect(progress.groups.find(({ group }) => group.id === 'windows')?.doneStepIds).toEqual(['windows-remove-kaspersky']);
  });
});

describe('parseChecklistState: stored marks are untrusted input', () => {
  test('unknown ids, non-fingerprints and the wrong shapes are dropped, and the caller learns to repair', () => {
    const valid = markStep(EMPTY_CHECKLIST_STATE, findStep('mac-remove-kaspersky'), MILESTONES, true);
    expect(parseChecklistState(valid)).toEqual({ state: valid, isRepairNeeded: false });
    const damaged = { doneSteps: { ...valid.doneSteps, 'no-such-step': '12345678', 'windows-protection-on': 'yes', __proto__: 'x' }, setAsideGroups: ['mac', 'mac', 'mars', 7], extra: 1 };
    expect(parseChecklistState(damaged)).toEqual({ state: { doneSteps: valid.doneSteps, setAsideGroups: ['mac'] }, isRepairNeeded: true });
    expect(parseChecklistState(undefined)).toEqual({ state: EMPTY_CHECKLIST_STATE, isRepairNeeded: false });
  });

  test('anything at all parses to known ids only, never throws, and parses to itself again', () => {
    const knownSteps = new Set(CHECKLIST_GROUPS.flatMap((group) => group.steps.map((step) => step.id)));
    const knownGroups = new Set(CHECKLIST_GROUPS.map((group) => group.id));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ doneSteps: fc.dictionary(fc.constantFrom(...knownSteps, 'x'), fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{8}$/))), setAsideGroups: fc.array(fc.oneof(fc.constantFrom(...knownGroups), fc.string())) })), (stored) => {
        const { state } = parseChecklistState(stored);
        expect(Object.keys(state.doneSteps).every((id) => knownSteps.has(id))).toBe(true);
        expect(state.setAsideGroups.every((id) => knownGroups.has(id))).toBe(true);
        expect(parseChecklistState(state)).toEqual({ state, isRepairNeeded: false });
      }),
    );
  });

  test('a huge object shrinks to what is ours', () => {
    const huge = { doneSteps: Object.fromEntries(Array.from({ length: 50_000 }, (_, index) => [`step-${index}`, '12345678'])), setAsideGroups: Array.from({ length: 50_000 }, () => 'mac') };
    expect(parseChecklistState(huge).state).toEqual({ doneSteps: {}, setAsideGroups: ['mac'] });
  });
});
