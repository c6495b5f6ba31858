import type { FactSnapshot } from '../core/milestone-facts';
import { loadFactSnapshot, onReadFactsChanged, READ_FACTS_STORAGE_KEY, saveFactSnapshot } from '../platform/fact-snapshot-store';
import { useLiveValue } from './use-live-value';

const loadReadFacts = () => loadFactSnapshot(READ_FACTS_STORAGE_KEY);

/**
 * The facts as the reader last saw them (`undefined` while loading or when none is stored yet),
 * and a way to mark the current facts as seen.
 */
export function useReadFacts(): [FactSnapshot | undefined, (snapshot: FactSnapshot) => void] {
  const [snapshot, setSnapshot] = useLiveValue(loadReadFacts, onReadFactsChanged);
  const markRead = (current: FactSnapshot): void => {
    setSnapshot(current);
    void saveFactSnapshot(READ_FACTS_STORAGE_KEY, current);
  };
  return [snapshot, markRead];
}
