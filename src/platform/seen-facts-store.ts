import type { RegionId } from '../core/regions';
import { parseSeenFacts, type SeenFacts } from '../core/seen-facts';
import { readStored, updateStored, watchStored } from './storage';

/** What the reader last saw in the popup, per region, in `storage.local` (this device's badge). */
export const SEEN_FACTS_STORAGE_KEY = 'seenFacts';

export async function loadSeenFacts(): Promise<SeenFacts> {
  return parseSeenFacts(await readStored('local', SEEN_FACTS_STORAGE_KEY));
}

/** The popup was opened and showed `shownFacts` for `region`: the "new" marker goes. */
export async function markFactsSeen(region: RegionId, shownFacts: string): Promise<void> {
  await updateStored('local', SEEN_FACTS_STORAGE_KEY, (stored) => ({ ...parseSeenFacts(stored), [region]: shownFacts }));
}

export function onSeenFactsChanged(listener: () => void): () => void {
  return watchStored('local', [SEEN_FACTS_STORAGE_KEY], listener);
}
