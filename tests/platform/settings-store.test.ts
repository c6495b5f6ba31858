import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, setMilestoneMuted } from '../../src/core/settings';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { loadAndRepairSettings, loadSettings, saveSettings, SETTINGS_STORAGE_KEY } = await import('../../src/platform/settings-store');

async function readStored(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  test('two saves at once (the options page and a mute button, say) both land', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, region: 'us' } });
    await Promise.all([saveSettings({ theme: 'dark' }), saveSettings({ region: 'de' }), saveSettings({ isBadgeShown: false })]);
    expect(await readStored()).toEqual({ ...DEFAULT_SETTINGS, region: 'de', theme: 'dark', isBadgeShown: false });
  });

  test('changes of a list made at once are applied to each other, not to a stale copy', async () => {
    await Promise.all([
      saveSettings((current) => setMilestoneMuted(current, 'us-updates-end', true)),
      saveSettings((current) => setMilestoneMuted(current, 'au-removal-deadline', true)),
    ]);
    expect(await readStored()).toMatchObject({ mutedMilestoneIds: ['us-updates-end', 'au-removal-deadline'] });
  });

  test('a failed write rejects, so the page can say so, and the next save still runs', async () => {
    const write = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    const failOnce = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(saveSettings({ theme: 'dark' })).rejects.toThrow(/Saving settings failed/);
    failOnce.mockImplementation(write);
    await saveSettings({ theme: 'light' });
    expect(await readStored()).toMatchObject({ theme: 'light' });
    vi.restoreAllMocks();
  });

  test('pages only read: a broken record is parsed with defaults but left for the background to repair', async () => {
    const broken = { version: 2, region: 'mars', theme: 42 };
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: broken });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readStored()).toEqual(broken);
    expect(await loadAndRepairSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readStored()).toEqual(DEFAULT_SETTINGS);
  });

  test('settings from a newer version are read but never written back', async () => {
    const newer = { ...DEFAULT_SETTINGS, version: 99, region: 'id', somethingNew: true };
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: newer });
    expect((await loadAndRepairSettings()).region).toBe('id');
    expect(await readStored()).toEqual(newer);
  });
});
