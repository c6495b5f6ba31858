import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';

/** The stored settings, kept current when another page or the sync service changes them. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let isCurrent = true;
    void loadSettings().then((loaded) => {
      if (isCurrent) setSettings(loaded);
    });
    const stopListening = onSettingsChanged(setSettings);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, []);
  return settings;
}
