import { NO_POLICY, parsePolicy, type Policy } from '../core/policy';
import { browser } from './browser';

/**
 * The policy as last read, in `storage.local`. Chromium answers the first `storage.managed` read
 * of a session only once its policy service has loaded the extension's policy domain: 2.7 s after
 * start in Chromium 156 on Linux for an extension with a managed schema (95 ms without one), which
 * would hold back the badge and the pages. They start from this copy and follow the real read.
 */
export const POLICY_CACHE_STORAGE_KEY = 'policyCache';

const isSamePolicy = (a: Policy, b: Policy): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Updates run one after another: a policy read that never answers must not hold back every later one. */
const POLICY_READ_TIMEOUT_MS = 10_000;

class PolicyReadTimeout extends Error {}

function readManagedStorage(): Promise<Record<string, unknown>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PolicyReadTimeout()), POLICY_READ_TIMEOUT_MS);
  });
  return Promise.race([browser.storage.managed.get(), timeout]).finally(() => clearTimeout(timer));
}

/** The policy as it was last read; no policy when none was read yet. Never fails. */
export async function loadCachedPolicy(): Promise<Policy> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(POLICY_CACHE_STORAGE_KEY);
    return parsePolicy(stored[POLICY_CACHE_STORAGE_KEY]).policy;
  } catch {
    return NO_POLICY;
  }
}

/**
 * The organisation's policy from managed storage. Never fails: Firefox rejects the read when no
 * policy is installed (and Chrome answers `{}`), both of which mean no policy. Ignored values are
 * reported once per read, on the console, where administrators look (docs/ADMINS.md). The copy
 * for the next start is refreshed when it differs.
 */
export async function loadPolicy(): Promise<Policy> {
  let stored: unknown;
  try {
    stored = await readManagedStorage();
  } catch (error) {
    if (error instanceof PolicyReadTimeout) {
      console.warn('Enterprise policy: no answer from the browser; using the policy as last read');
      return loadCachedPolicy();
    }
    stored = undefined;
  }
  const { policy, problems } = parsePolicy(stored);
  for (const problem of problems) console.warn(`Enterprise policy: ${problem}`);
  if (!isSamePolicy(policy, await loadCachedPolicy())) {
    await browser.storage.local.set({ [POLICY_CACHE_STORAGE_KEY]: policy }).catch((error: unknown) => {
      console.warn('Keeping a copy of the policy failed', error);
    });
  }
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
