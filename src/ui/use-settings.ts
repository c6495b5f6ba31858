import { useEffect, useState } from 'preact/hooks';
import { parseSettings, type Settings } from '../core/settings';
import { loadSettings, onSettingsChanged, resetSettings, saveSettings, type SettingsChange } from '../platform/settings-store';
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
 * the sync service changes them. A change being saved shows at once and stays until storage
 * reports it back: the controls are controlled, and a re-render in between would otherwise put the
 * old choice back under the pointer.
 */
export function useSettings(initial: Settings): SettingsEditor {
  const [stored] = useLiveValue(loadSettings, onSettingsChanged, initial);
  const [pending, setPending] = useState<SettingsChange>({});
  useEffect(() => {
    setPending((current) => (Object.keys(current).length > 0 ? {} : current));
  }, [stored]);
  const settings = Object.keys(pending).length > 0 ? parseSettings({ ...stored, ...pending }).settings : stored;
  const save = (update: SettingsUpdate): Promise<Settings> => {
    const change = typeof update === 'function' ? update(settings) : update;
    if (typeof change !== 'function') setPending((current) => ({ ...current, ...change }));
    return saveSettings(update).catch((error: unknown) => {
      setPending({});
      throw error;
    });
  };
  const reset = (): Promise<void> => {
    setPending({});
    return resetSettings();
  };
  return { settings, save, reset };
}
