import {
  DONE_STEP_KEY_PREFIX,
  isChecklistKey,
  parseChecklistEntries,
  SET_ASIDE_KEY_PREFIX,
  type ChecklistGroupFacts,
  type ChecklistState,
} from '../core/checklists';
import { readArea, removeStored, watchStored, writeStored } from './storage';

/**
 * What the reader ticked or set aside, in `storage.local`: what is installed differs per device,
 * so the checklist is "on this device" and never synced. One entry per mark (checklists.ts says why).
 */
async function readChecklistEntries(): Promise<Readonly<Record<string, unknown>>> {
  return Object.fromEntries(Object.entries((await readArea('local')) ?? {}).filter(([key]) => isChecklistKey(key)));
}

/** The marks of the steps and groups of `groups` (the whole checklist). Never fails: without storage the checklist starts empty. Never writes. */
export async function loadChecklistState(groups: readonly ChecklistGroupFacts[]): Promise<ChecklistState> {
  return parseChecklistEntries(await readChecklistEntries(), groups).state;
}

/** The marks, removing entries that are damaged or not of `groups`. Only the background calls it. */
export async function loadAndRepairChecklistState(groups: readonly ChecklistGroupFacts[]): Promise<ChecklistState> {
  const { state, invalidKeys } = parseChecklistEntries(await readChecklistEntries(), groups);
  await Promise.all(invalidKeys.map((key) => removeStored('local', key)));
  return state;
}

/** Ticks a step under the facts it rests on now (`fingerprint`), or unticks it (`undefined`). One write. */
export async function saveStepDone(stepId: string, fingerprint: string | undefined): Promise<void> {
  const key = `${DONE_STEP_KEY_PREFIX}${stepId}`;
  await (fingerprint === undefined ? removeStored('local', key) : writeStored('local', key, fingerprint));
}

/** "Doesn't apply to me" (`true`) or "Undo" (`false`) for a group. One write. */
export async function saveGroupSetAside(groupId: string, isSetAside: boolean): Promise<void> {
  const key = `${SET_ASIDE_KEY_PREFIX}${groupId}`;
  await (isSetAside ? writeStored('local', key, true) : removeStored('local', key));
}

/** "Reset to defaults": every step open again. Rejects when it failed. */
export async function clearChecklistState(): Promise<void> {
  const results = await Promise.all(Object.keys(await readChecklistEntries()).map((key) => removeStored('local', key)));
  if (results.includes(false)) throw new Error('Clearing the checklist failed');
}

/** Calls `listener` whenever a mark changes, here or in another page. */
export function onChecklistStateChanged(listener: () => void): () => void {
  return watchStored('local', [], (newValues) => {
    if (Object.keys(newValues).some(isChecklistKey)) listener();
  });
}
