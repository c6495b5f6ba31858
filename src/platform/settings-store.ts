import { parseSettings, type Settings } from '../core/settings';
import { readStored, removeStoredInTurn, updateStored, watchStored, writeStored } from './storage';

/** Storage key of the settings object, in `storage.sync` so it follows the user's browser sync. */
export const SETTINGS_STORAGE_KEY = 'settings';

export type SettingsChange = Partial<Omit<Settings, 'version'>>;

/** The stored settings, parsed; the defaults when storage cannot be read. Never writes. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await readStored('sync', SETTINGS_STORAGE_KEY)).settings;
}

/**
 * The stored settings, writing them back when they were broken, foreign or from an older version.
 * Only the background calls this: one writer repairs, so pages never race it or each other.
 */
export async function loadAndRepairSettings(): Promise<Settings> {
  const { settings, isRepairNeeded } = parseSettings(await readStored('sync', SETTINGS_STORAGE_KEY));
  if (isRepairNeeded) await writeStored('sync', SETTINGS_STORAGE_KEY, settings);
  return settings;
}

/**
 * Applies `change` to the settings as stored at that moment, with no other save in between (so two
 * saves at once both land); the result is parsed again, so nothing invalid is stored.
 * `change` may be a function of the current settings, for lists such as the muted milestones.
 */
export function saveSettings(change: SettingsChange | ((current: Settings) => SettingsChange)): Promise<Settings> {
  return updateStored('sync', SETTINGS_STORAGE_KEY, (stored) => {
    const current = parseSettings(stored).settings;
    return parseSettings({ ...current, ...(typeof change === 'function' ? change(current) : change) }).settings;
  });
}

/** Back to defaults: the region is suggested from the time zone again. Rejects when it failed. */
export async function resetSettings(): Promise<void> {
  if (!(await removeStoredInTurn('sync', SETTINGS_STORAGE_KEY))) throw new Error('Resetting the settings failed');
}

/** Calls `listener` with the new settings whenever any page or the sync service changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return watchStored('sync', [SETTINGS_STORAGE_KEY], (newValues) => {
    listener(parseSettings(newValues[SETTINGS_STORAGE_KEY]).settings);
  });
}
