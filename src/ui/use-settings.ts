import type { Settings } from '../core/settings';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import { useLiveValue } from './use-live-value';

/** The stored settings, kept current when another page or the sync service changes them. */
export function useSettings(): Settings | undefined {
  return useLiveValue(loadSettings, onSettingsChanged)[0];
}
