import type { RegionId } from '../core/regions';
import { parseSettings, SETTINGS_VERSION, type Settings } from '../core/settings';
import { browser } from './browser';

/** Storage key of the settings object, in `storage.sync` so it follows the user's browser sync. */
export const SETTINGS_STORAGE_KEY = 'settings';

/** Reads the settings, repairing what is stored when it was broken or foreign. */
export async function loadSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
  const { settings, isRepairNeeded } = parseSettings(stored[SETTINGS_STORAGE_KEY]);
  if (isRepairNeeded) await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: settings });
  return settings;
}

export async function saveRegion(region: RegionId): Promise<void> {
  const settings: Settings = { version: SETTINGS_VERSION, region };
  await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: settings });
}

/** Calls `listener` with the new settings whenever any page or the sync service changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handleChange = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (areaName === 'sync' && change) listener(parseSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(handleChange);
  return () => browser.storage.onChanged.removeListener(handleChange);
}
