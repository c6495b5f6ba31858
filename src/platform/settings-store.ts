import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../core/settings';
import { browser } from './browser';

/** Storage key of the settings object, in `storage.sync` so it follows the user's browser sync. */
export const SETTINGS_STORAGE_KEY = 'settings';

export type SettingsChange = Partial<Omit<Settings, 'version'>>;

/**
 * Reads the settings, repairing what is stored when it was broken, foreign or from an older
 * version. Never fails: if storage cannot be read the defaults apply, and a repair that cannot be
 * written waits for the next read.
 */
export async function loadSettings(): Promise<Settings> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
  } catch (error) {
    console.warn('Reading the settings failed; using the defaults', error);
    return DEFAULT_SETTINGS;
  }
  const { settings, isRepairNeeded } = parseSettings(stored[SETTINGS_STORAGE_KEY]);
  if (isRepairNeeded) {
    browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: settings }).catch((error: unknown) => {
      console.warn('Repairing the stored settings failed', error);
    });
  }
  return settings;
}

/** Applies `change` to the stored settings; the result is parsed again, so nothing invalid is stored. */
export async function saveSettings(change: SettingsChange): Promise<Settings> {
  const { settings } = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: settings });
  return settings;
}

/** Back to defaults: the region is suggested from the time zone again. */
export async function resetSettings(): Promise<void> {
  await browser.storage.sync.remove(SETTINGS_STORAGE_KEY);
}

/** Calls `listener` with the new settings whenever any page or the sync service changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handleChange = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (areaName === 'sync' && change) listener(parseSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(handleChange);
  return () => {
    browser.storage.onChanged.removeListener(handleChange);
  };
}
