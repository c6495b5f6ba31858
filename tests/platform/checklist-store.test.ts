import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { clearChecklistState, loadAndRepairChecklistState, loadChecklistState, saveGroupSetAside, saveStepDone } = await import('../../src/platform/checklist-store');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('checklist store', () => {
  test('two pages marking at once lose nothing: each mark is its own entry, written without reading first', async () => {
    await Promise.all([saveStepDone('windows-remove-kaspersky', '11111111'), saveStepDone('mac-remove-kaspersky', '22222222'), saveGroupSetAside('iphone', true)]);
    expect(await loadChecklistState(CHECKLIST_GROUPS)).toEqual({
      doneSteps: { 'windows-remove-kaspersky': '11111111', 'mac-remove-kaspersky': '22222222' },
      setAsideGroups: ['iphone'],
    });
    await Promise.all([saveStepDone('windows-remove-kaspersky', undefined), saveGroupSetAside('iphone', false)]);
    expect(await loadChecklistState(CHECKLIST_GROUPS)).toEqual({ doneSteps: { 'mac-remove-kaspersky': '22222222' }, setAsideGroups: [] });
  });

  test('only the background repairs: damaged or foreign checklist entries are removed, everything else stays', async () => {
    await fakeBrowser.storage.local.set({ 'checklist.step.no-such-step': '12345678', 'checklist.aside.mac': 'yes', 'checklist.step.mac-remove-kaspersky': '22222222', popupState: { openSections: [] } });
    expect(await loadChecklistState(CHECKLIST_GROUPS)).toEqual({ doneSteps: { 'mac-remove-kaspersky': '22222222' }, setAsideGroups: [] });
    expect(Object.keys(await fakeBrowser.storage.local.get())).toHaveLength(4);
    await loadAndRepairChecklistState(CHECKLIST_GROUPS);
    expect(await fakeBrowser.storage.local.get()).toEqual({ 'checklist.step.mac-remove-kaspersky': '22222222', popupState: { openSections: [] } });
  });

  test('reset clears every mark, and only the marks', async () => {
    await Promise.all([saveStepDone('mac-remove-kaspersky', '22222222'), saveGroupSetAside('business', true), fakeBrowser.storage.local.set({ seenFacts: { us: 'abcdef01' } })]);
    await clearChecklistState();
    expect(await fakeBrowser.storage.local.get()).toEqual({ seenFacts: { us: 'abcdef01' } });
  });
});
