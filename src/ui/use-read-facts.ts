import type { FactSnapshot } from '../core/milestone-facts';
import { loadFactSnapshot, onReadFactsChanged, READ_FACTS_STORAGE_KEY, saveFactSnapshot } from '../platform/fact-snapshot-store';
import { useLiveValue } from './use-live-value';

export const loadReadFacts = (): Promise<FactSnapshot | undefined> => loadFactSnapshot(READ_FACTS_STORAGE_KEY);

/**
 * The facts as the reader last saw them (`undefined` when none is stored yet), starting from those
 * read before the popup's first render, and a way to mark the current facts as seen.
 */
export function useReadFacts(initial: FactSnapshot | undefined): [FactSnapshot | undefined, (snapshot: FactSnapshot) => void] {
  const [snapshot, setSnapshot] = useLiveValue(loadReadFacts, onReadFactsChanged, initial);
  const markRead = (current: FactSnapshot): void => {
    setSnapshot(current);
    void saveFactSnapshot(READ_FACTS_STORAGE_KEY, current);
  };
  return [snapshot, markRead];
}
