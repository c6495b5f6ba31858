import { useEffect, useState } from 'preact/hooks';
import { isSameJson } from '../core/is-same-json';
import type { Policy } from '../core/policy';
import { loadPolicy, onPolicyChanged } from '../platform/policy-store';

/**
 * The organisation's policy, kept current when an administrator changes it. The page starts from
 * the policy as last read (`initial`, the copy the background keeps), because the browser may take
 * seconds to answer the first read of a session (policy-store.ts), then follows the real one.
 */
export function usePolicy(initial: Policy): Policy {
  const [policy, setPolicy] = useState(initial);
  useEffect(() => {
    let isCurrent = true;
    const read = (): void => {
      void loadPolicy().then((loaded) => {
        if (isCurrent) setPolicy((current) => (isSameJson(current, loaded) ? current : loaded));
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
