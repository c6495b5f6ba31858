import { EMPTY_CHECKLIST_STATE, parseChecklistState, type ChecklistState } from '../core/checklists';
import { readStored, removeStored, updateStored, watchStored, writeStored } from './storage';

/**
 * What the reader ticked or set aside, in `storage.local`: what is installed differs per device,
 * so the checklist is "on this device" and never synced.
 */
export const CHECKLIST_STORAGE_KEY = 'checklist';

/** Never fails: without storage the checklist starts empty. Never writes. */
export async function loadChecklistState(): Promise<ChecklistState> {
  return parseChecklistState(await readStored('local', CHECKLIST_STORAGE_KEY)).state;
}

/** The marks, writing them back when they were damaged or held ids that are not ours. Only the background calls it. */
export async function loadAndRepairChecklistState(): Promise<ChecklistState> {
  const { state, isRepairNeeded } = parseChecklistState(await readStored('local', CHECKLIST_STORAGE_KEY));
  if (isRepairNeeded) await writeStored('local', CHECKLIST_STORAGE_KEY, state);
  return state;
}

/** Applies `change` to the marks as stored at that moment: two pages marking at once lose nothing. */
export function updateChecklistState(change: (current: ChecklistState) => ChecklistState): Promise<ChecklistState> {
  return updateStored('local', CHECKLIST_STORAGE_KEY, (stored) => change(parseChecklistState(stored).state));
}

/** "Reset to defaults": every step open again. */
export async function clearChecklistState(): Promise<void> {
  if (!(await removeStored('local', CHECKLIST_STORAGE_KEY))) throw new Error('Clearing the checklist failed');
}

export function onChecklistStateChanged(listener: (state: ChecklistState) => void): () => void {
  return watchStored('local', [CHECKLIST_STORAGE_KEY], (newValues) => {
    listener(newValues[CHECKLIST_STORAGE_KEY] === undefined ? EMPTY_CHECKLIST_STATE : parseChecklistState(newValues[CHECKLIST_STORAGE_KEY]).state);
  });
}
