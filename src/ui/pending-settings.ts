import { parseSettings, type Settings } from '../core/settings';
import type { SettingsChange } from '../platform/settings-store';

type SettingName = keyof SettingsChange;

interface PendingValue {
  readonly value: unknown;
  /** The save that set it: only that save's outcome may take it back. */
  readonly saveId: number;
}

/**
 * Choices made on a page and not yet reported back by storage, by setting. Saves are written one
 * after another (storage.ts holds a lock), but storage reports each write as its own change, so
 * the first report can arrive while later choices are still being written: each choice stays
 * until storage reports that very value, not until storage reports anything.
 */
export type PendingSettings = Readonly<Partial<Record<SettingName, PendingValue>>>;

export const NO_PENDING_SETTINGS: PendingSettings = {};

/** Settings values are JSON (the stored object), so equal JSON is the same choice. */
function isSameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function entriesOf(pending: PendingSettings): [SettingName, PendingValue][] {
  return Object.entries(pending) as [SettingName, PendingValue][];
}

/** `change` is being saved by the save `saveId`; it shows at once. */
export function withSaveStarted(pending: PendingSettings, change: SettingsChange, saveId: number): PendingSettings {
  const started = Object.fromEntries(Object.entries(change).map(([name, value]) => [name, { value, saveId }]));
  return { ...pending, ...started };
}

/** Keeps only the choices storage has not reported yet. */
export function withStoredReported(pending: PendingSettings, stored: Settings): PendingSettings {
  const remaining = entriesOf(pending).filter(([name, { value }]) => !isSameValue(stored[name], value));
  return remaining.length === entriesOf(pending).length ? pending : Object.fromEntries(remaining);
}

/**
 * The save `saveId` wrote `written` (parsed, so a value may read differently from the choice): its
 * choices now wait for that value to be reported, unless `stored` reports it already.
 */
export function withSaveWritten(pending: PendingSettings, saveId: number, written: Settings, stored: Settings): PendingSettings {
  const updated = Object.fromEntries(
    entriesOf(pending).map(([name, entry]) => [name, entry.saveId === saveId ? { ...entry, value: written[name] } : entry]),
  ) as PendingSettings;
  return withStoredReported(updated, stored);
}

/** The save `saveId` failed: its choices go, and the page shows what is stored. */
export function withSaveFailed(pending: PendingSettings, saveId: number): PendingSettings {
  const remaining = entriesOf(pending).filter(([, entry]) => entry.saveId !== saveId);
  return remaining.length === entriesOf(pending).length ? pending : Object.fromEntries(remaining);
}

/** What a page shows: the stored settings with the choices still being saved. */
export function showSettings(stored: Settings, pending: PendingSettings): Settings {
  const entries = entriesOf(pending);
  if (entries.length === 0) return stored;
  return parseSettings({ ...stored, ...Object.fromEntries(entries.map(([name, { value }]) => [name, value])) }).settings;
}
