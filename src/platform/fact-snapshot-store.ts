import { parseFactSnapshot, type FactSnapshot } from '../core/milestone-facts';
import { readStored, watchStored, writeStored } from './storage';

/**
 * Two copies of the facts, in `storage.local` (this device): the facts the background last ran
 * with, to notice an extension update that changed them, and the facts the reader last saw in the
 * popup, for its "Updated" note.
 */
export const KNOWN_FACTS_STORAGE_KEY = 'knownFacts';
export const READ_FACTS_STORAGE_KEY = 'readFacts';

export type FactSnapshotKey = typeof KNOWN_FACTS_STORAGE_KEY | typeof READ_FACTS_STORAGE_KEY;

/** `undefined` when there is none yet, or it was damaged. */
export async function loadFactSnapshot(key: FactSnapshotKey): Promise<FactSnapshot | undefined> {
  return parseFactSnapshot(await readStored('local', key));
}

export async function saveFactSnapshot(key: FactSnapshotKey, snapshot: FactSnapshot): Promise<void> {
  await writeStored('local', key, snapshot);
}

/** Calls `listener` when the snapshot the reader last saw changes (marked read in another popup). */
export function onReadFactsChanged(listener: () => void): () => void {
  return watchStored('local', [READ_FACTS_STORAGE_KEY], listener);
}
