import { NO_POLICY, parsePolicy, type Policy } from '../core/policy';
import { browser } from './browser';

/**
 * The organisation's policy from managed storage. Never fails: Firefox rejects the read when no
 * policy is installed (and Chrome answers `{}`), both of which mean no policy. Ignored values are
 * reported once per read, on the console, where administrators look (docs/ADMINS.md).
 */
export async function loadPolicy(): Promise<Policy> {
  let stored: unknown;
  try {
    stored = await browser.storage.managed.get();
  } catch {
    return NO_POLICY;
  }
  const { policy, problems } = parsePolicy(stored);
  for (const problem of problems) console.warn(`Enterprise policy: ${problem}`);
  return policy;
}

/** An administrator changed the policy while the browser runs. */
export function onPolicyChanged(listener: () => void): () => void {
  const handleChange = (_changes: unknown, areaName: string): void => {
    if (areaName === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handleChange);
  return () => {
    browser.storage.onChanged.removeListener(handleChange);
  };
}
