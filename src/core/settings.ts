import { isLanguageChoice, type LanguageChoice } from './language';
import { isMilestoneId } from './milestone-id';
import { toggleId } from './toggle-id';
import { isRegionId, suggestRegion, type RegionId } from './regions';
import { isPlainObject } from './is-plain-object';
import { isTheme, type Theme } from './theme';

/** Bump with a migration below whenever the stored shape changes. */
export const SETTINGS_VERSION = 3;

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  /** The region the user picked; absent until they pick one, and then suggested from the zone. */
  readonly region?: RegionId;
  /** `browser` follows the browser's language; otherwise one the extension ships. */
  readonly language: LanguageChoice;
  /** Off hides the badge text; the icon and tooltip stay. */
  readonly isBadgeShown: boolean;
  readonly theme: Theme;
  /**
   * The user asked for reminders. They also need the optional `notifications` permission, which
   * belongs to one browser: on a synced device without it, nothing is shown.
   */
  readonly areRemindersEnabled: boolean;
  /** Milestones the user said "don't remind me about this" for, by id. */
  readonly mutedMilestoneIds: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  language: 'browser',
  isBadgeShown: true,
  theme: 'system',
  areRemindersEnabled: false,
  mutedMilestoneIds: [],
};

/** A muted list longer than the data is damage. */
const MAX_MUTED_MILESTONES = 100;

export interface ParsedSettings {
  readonly settings: Settings;
  /** True when what was stored differs from `settings` and should be written back. */
  readonly isRepairNeeded: boolean;
}

type StoredRecord = Readonly<Record<string, unknown>>;


/**
 * Each migration takes a record stored by the version before it. Version 1 stored only
 * `{ version: 1, region }`; version 2 had no reminders. Everything a version lacks takes its
 * default below.
 */
const MIGRATIONS: Readonly<Record<number, (stored: StoredRecord) => StoredRecord>> = {
  1: (stored) => ({ ...stored, version: 2 }),
  2: (stored) => ({ ...stored, version: 3 }),
};

function getMigration(record: StoredRecord): ((stored: StoredRecord) => StoredRecord) | undefined {
  const version = record['version'];
  return typeof version === 'number' ? MIGRATIONS[version] : undefined;
}

function migrate(stored: StoredRecord): StoredRecord {
  let record = stored;
  for (let migration = getMigration(record); migration; migration = getMigration(record)) record = migration(record);
  return record;
}

function isSameValue(stored: unknown, value: unknown): boolean {
  if (Array.isArray(value)) return Array.isArray(stored) && stored.length === value.length && value.every((item, index) => stored[index] === item);
  return stored === value;
}

function isSameRecord(stored: StoredRecord, settings: Settings): boolean {
  const settingsEntries = Object.entries(settings);
  return Object.keys(stored).length === settingsEntries.length && settingsEntries.every(([key, value]) => isSameValue(stored[key], value));
}

/** Known-looking ids, each once, in the stored order; anything else in the list is dropped. */
function parseMilestoneIds(stored: unknown): readonly string[] {
  if (!Array.isArray(stored)) return DEFAULT_SETTINGS.mutedMilestoneIds;
  const ids = stored.filter(isMilestoneId);
  return [...new Set(ids)].slice(0, MAX_MUTED_MILESTONES);
}

/**
 * Reads stored settings as untrusted input: older versions are migrated, and anything missing,
 * unknown or of the wrong type falls back to its default. Unknown keys are dropped, and the
 * caller learns whether to write the result back (never for a newer version's settings).
 */
export function parseSettings(stored: unknown): ParsedSettings {
  const record = migrate(isPlainObject(stored) ? stored : {});
  const region = record['region'];
  const settings: Settings = {
    version: SETTINGS_VERSION,
    ...(isRegionId(region) ? { region } : {}),
    language: isLanguageChoice(record['language']) ? record['language'] : DEFAULT_SETTINGS.language,
    isBadgeShown: typeof record['isBadgeShown'] === 'boolean' ? record['isBadgeShown'] : DEFAULT_SETTINGS.isBadgeShown,
    theme: isTheme(record['theme']) ? record['theme'] : DEFAULT_SETTINGS.theme,
    areRemindersEnabled: typeof record['areRemindersEnabled'] === 'boolean' ? record['areRemindersEnabled'] : DEFAULT_SETTINGS.areRemindersEnabled,
    mutedMilestoneIds: parseMilestoneIds(record['mutedMilestoneIds']),
  };
  return { settings, isRepairNeeded: stored !== undefined && !isFromNewerVersion(stored) && !(isPlainObject(stored) && isSameRecord(stored, settings)) };
}

/**
 * Settings written by a newer version of the extension (on another synced device, say) are read
 * as far as this version understands them but never written back: writing them back would drop
 * what the newer version added, and two devices would overwrite each other's settings forever.
 */
function isFromNewerVersion(stored: unknown): boolean {
  if (!isPlainObject(stored)) return false;
  const version = stored['version'];
  return typeof version === 'number' && version > SETTINGS_VERSION;
}

/** The change that turns one milestone's reminders off, or on again. */
export function setMilestoneMuted(settings: Settings, milestoneId: string, isMuted: boolean): Pick<Settings, 'mutedMilestoneIds'> {
  return { mutedMilestoneIds: toggleId(settings.mutedMilestoneIds, milestoneId, isMuted) };
}

/**
 * The region in force: the user's choice, else the one an organisation preset (see policy.ts),
 * else the suggestion from their time zone.
 */
export function getEffectiveRegion(settings: Settings, timeZone: string | undefined, presetRegion?: RegionId): RegionId {
  return settings.region ?? presetRegion ?? suggestRegion(timeZone);
}
