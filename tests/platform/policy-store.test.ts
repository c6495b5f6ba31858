import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { keepPolicyCopy, loadCachedPolicy, loadPolicy, POLICY_CACHE_STORAGE_KEY } = await import('../../src/platform/policy-store');

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('policy store', () => {
  test('a read never writes the copy (only the background keeps it); the copy is read as untrusted input too', async () => {
    await fakeBrowser.storage.managed.set({ region: 'de', lockRegion: true });
    expect(await loadCachedPolicy()).toEqual({});
    const policy = await loadPolicy();
    expect(policy).toEqual({ region: 'de', lockRegion: true });
    expect(await loadCachedPolicy()).toEqual({});
    await keepPolicyCopy(policy);
    expect(await loadCachedPolicy()).toEqual({ region: 'de', lockRegion: true });
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_STORAGE_KEY]: { region: 'mars', showBadge: false } });
    expect(await loadCachedPolicy()).toEqual({ showBadge: false });
  });

  test('a read that fails (Firefox without a policy) means no policy', async () => {
    fakeBrowser.storage.managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_STORAGE_KEY]: { showBadge: false } });
    expect(await loadPolicy()).toEqual({});
  });

  test('a read that never answers gives up after 10 s with the policy as last read, and says so', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_STORAGE_KEY]: { region: 'nl' } });
    fakeBrowser.storage.managed.get = () => new Promise(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const policy = loadPolicy();
    await vi.advanceTimersByTimeAsync(9_999);
    let isSettled = false;
    void policy.then(() => (isSettled = true));
    await Promise.resolve();
    expect(isSettled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await policy).toEqual({ region: 'nl' });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no answer from the browser/));
  });
});
