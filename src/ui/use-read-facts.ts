import { useEffect, useState } from 'preact/hooks';
import type { FactSnapshot } from '../core/milestone-facts';
import { loadFactSnapshot, onReadFactsChanged, READ_FACTS_STORAGE_KEY, saveFactSnapshot } from '../platform/local-records';

/**
 * The facts as the reader last saw them (`undefined` while loading or when none is stored yet),
 * and a way to mark the current facts as seen.
 */
export function useReadFacts(): [FactSnapshot | undefined, (snapshot: FactSnapshot) => void] {
  const [snapshot, setSnapshot] = useState<FactSnapshot>();
  useEffect(() => {
    let isCurrent = true;
    const read = (): void => {
      void loadFactSnapshot(READ_FACTS_STORAGE_KEY).then((loaded) => {
        if (isCurrent) setSnapshot(loaded);
      });
    };
    read();
    const stopListening = onReadFactsChanged(read);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, []);
  const markRead = (current: FactSnapshot): void => {
    setSnapshot(current);
    void saveFactSnapshot(READ_FACTS_STORAGE_KEY, current);
  };
  return [snapshot, markRead];
}
