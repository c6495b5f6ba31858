import { useEffect, useState } from 'preact/hooks';
import type { Policy } from '../core/policy';
import { loadPolicy, onPolicyChanged } from '../platform/policy-store';

/** The organisation's policy, kept current when an administrator changes it. */
export function usePolicy(): Policy | undefined {
  const [policy, setPolicy] = useState<Policy>();
  useEffect(() => {
    let isCurrent = true;
    const read = (): void => {
      void loadPolicy().then((loaded) => {
        if (isCurrent) setPolicy(loaded);
      });
    };
    read();
    const stopListening = onPolicyChanged(read);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, []);
  return policy;
}
