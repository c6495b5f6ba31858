import { isSameJson } from '../core/is-same-json';
import { parsePolicy, type Policy } from '../core/policy';
import { readArea, readStored, watchStored, writeStored } from './storage';

/**
 * The policy as last read, in `storage.local`. Chromium answers the first `storage.managed` read
 * of a session only once its policy service has loaded the extension's policy domain: 2.7 s after
 * start in Chromium 156 on Linux for an extension with a managed schema (95 ms without one), which
 * would hold back the badge and the pages. They start from this copy and follow the real read.
 */
export const POLICY_CACHE_STORAGE_KEY = 'policyCache';

/** Updates wait for the policy: a read that never answers must not hold back every later one. */
const POLICY_READ_TIMEOUT_MS = 10_000;

const READ_TIMED_OUT = Symbol('policy read timed out');

function readManagedStorage(): Promise<Readonly<Record<string, unknown>> | undefined | typeof READ_TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof READ_TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(READ_TIMED_OUT), POLICY_READ_TIMEOUT_MS);
  });
  return Promise.race([readArea('managed'), timeout]).finally(() => clearTimeout(timer));
}

/** The policy as it was last read; no policy when none was read yet. Never fails. */
export async function loadCachedPolicy(): Promise<Policy> {
  return parsePolicy(await readStored('local', POLICY_CACHE_STORAGE_KEY)).policy;
}

/**
 * The organisation's policy from managed storage. Never fails: Firefox rejects the read when no
 * policy is installed (and Chrome answers `{}`), both of which mean no policy. Ignored values are
 * reported on the console, where administrators look (docs/ADMINS.md), when `reportsProblems`.
 */
export async function loadPolicy({ reportsProblems = false } = {}): Promise<Policy> {
  const stored = await readManagedStorage();
  if (stored === READ_TIMED_OUT) {
    console.warn('Enterprise policy: no answer from the browser; using the policy as last read');
    return loadCachedPolicy();
  }
  const { policy, problems } = parsePolicy(stored);
  if (reportsProblems) for (const problem of problems) console.warn(`Enterprise policy: ${problem}`);
  return policy;
}

/** Keeps `policy` as the copy the next start begins from. Only the background writes it. */
export async function keepPolicyCopy(policy: Policy): Promise<void> {
  if (!isSameJson(policy, await loadCachedPolicy())) await writeStored('local', POLICY_CACHE_STORAGE_KEY, policy);
}

/** An administrator changed the policy while the browser runs. */
export function onPolicyChanged(listener: () => void): () => void {
  return watchStored('managed', [], listener);
}
