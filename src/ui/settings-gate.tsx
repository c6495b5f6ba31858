import type { ComponentChildren } from 'preact';
import type { Settings } from '../core/settings';
import { useSettings } from './use-settings';

/** Renders its children with the current settings once they are read (a few milliseconds). */
export function SettingsGate({ children }: { readonly children: (settings: Settings) => ComponentChildren }) {
  const settings = useSettings();
  return settings ? <>{children(settings)}</> : null;
}
