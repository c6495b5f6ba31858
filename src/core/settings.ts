import { isRegionId, suggestRegion, type RegionId } from './regions';

/** Bump with a migration whenever the stored shape changes. */
export const SETTINGS_VERSION = 1;

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  /** The region the user picked; absent until they pick one, and then suggested from the zone. */
  readonly region?: RegionId;
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION };

export interface ParsedSettings {
  readonly settings: Settings;
  /** True when what was stored differs from `settings` and should be written back. */
  readonly isRepairNeeded: boolean;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSameRecord(stored: Readonly<Record<string, unknown>>, settings: Settings): boolean {
  const storedKeys = Object.keys(stored);
  const settingsEntries = Object.entries(settings);
  return storedKeys.length === settingsEntries.length && settingsEntries.every(([key, value]) => stored[key] === value);
}

/**
 * Reads stored settings as untrusted input: anything missing, unknown or of the wrong type falls
 * back to its default, unknown keys are dropped, and the caller learns whether to write back.
 */
export function parseSettings(stored: unknown): ParsedSettings {
  const record = isPlainObject(stored) ? stored : {};
  const settings: Settings = isRegionId(record['region'])
    ? { version: SETTINGS_VERSION, region: record['region'] }
    : DEFAULT_SETTINGS;
  return { settings, isRepairNeeded: stored !== undefined && !isSameRecord(record, settings) };
}

/** The region in force: the user's choice, else the suggestion from their time zone. */
export function getEffectiveRegion(settings: Settings, timeZone: string | undefined): RegionId {
  return settings.region ?? suggestRegion(timeZone);
}
