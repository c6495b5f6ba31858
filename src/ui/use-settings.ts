import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettings, onSettingsChanged, resetSettings, saveSettings, type SettingsChange } from '../platform/settings-store';
import { NO_PENDING_SETTINGS, showSettings, withSaveFailed, withSaveStarted, withSaveWritten, withStoredReported } from './pending-settings';
import { useLiveValue } from './use-live-value';

export type SettingsUpdate = SettingsChange | ((current: Settings) => SettingsChange);

export interface SettingsEditor {
  /** The settings to show: as stored, with the changes being saved. */
  readonly settings: Settings;
  /** Saves a change; rejects when it could not be saved (the page then shows the stored value). */
  readonly save: (update: SettingsUpdate) => Promise<Settings>;
  readonly reset: () => Promise<void>;
}

/**
 * The stored settings, read before the page's first render and kept current when another page or
 * the sync service changes them. A choice being saved shows at once and stays until storage
 * reports it back (pending-settings.ts): the controls are controlled, and a re-render in between
 * would otherwise put the old choice back under the pointer, or the page back in the old language
 * while three quick changes are written one by one.
 */
export function useSettings(initial: Settings): SettingsEditor {
  const [stored] = useLiveValue(loadSettings, onSettingsChanged, initial);
  const latestStored = useRef(stored);
  latestStored.current = stored;
  const [pending, setPending] = useState(NO_PENDING_SETTINGS);
  const lastSaveId = useRef(0);
  useEffect(() => {
    setPending((current) => withStoredReported(current, stored));
  }, [stored]);
  const settings = showSettings(stored, pending);
  const save = (update: SettingsUpdate): Promise<Settings> => {
    lastSaveId.current += 1;
    const saveId = lastSaveId.current;
    setPending((current) => withSaveStarted(current, typeof update === 'function' ? update(settings) : update, saveId));
    return saveSettings(update).then(
      (written) => {
        setPending((current) => withSaveWritten(current, saveId, written, latestStored.current));
        return written;
      },
      (error: unknown) => {
        setPending((current) => withSaveFailed(current, saveId));
        throw error;
      },
    );
  };
  const reset = (): Promise<void> => {
    setPending(NO_PENDING_SETTINGS);
    return resetSettings();
  };
  return { settings, save, reset };
}
