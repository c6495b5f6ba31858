import { useEffect, useState } from 'preact/hooks';
import type { Policy } from '../core/policy';
import { loadCachedPolicy, loadPolicy, onPolicyChanged } from '../platform/policy-store';

/**
 * The organisation's policy, kept current when an administrator changes it. The page starts from
 * the policy as last read, because the browser may take seconds to answer the first read of a
 * session (policy-store.ts), then follows the real one.
 */
export function usePolicy(): Policy | undefined {
  const [policy, setPolicy] = useState<Policy>();
  useEffect(() => {
    let isCurrent = true;
    let hasRealPolicy = false;
    void loadCachedPolicy().then((cached) => {
      if (isCurrent && !hasRealPolicy) setPolicy(cached);
    });
    const read = (): void => {
      void loadPolicy().then((loaded) => {
        hasRealPolicy = true;
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
