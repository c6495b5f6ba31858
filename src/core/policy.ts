import { isRegionId, type RegionId } from './regions';
import type { Settings } from './settings';

/**
 * What an organisation can set through enterprise policy (Chrome's `storage.managed`, Firefox's
 * policies.json "3rdparty"). The keys and their meaning are documented for administrators in
 * docs/ADMINS.md and declared for Chrome in src/managed-schema.json.
 */
export interface Policy {
  /** Used instead of the time-zone suggestion; the user may still choose another unless locked. */
  readonly region?: RegionId;
  /** With `region`: the user cannot change it. */
  readonly lockRegion?: boolean;
  readonly showBadge?: boolean;
  readonly enableReminders?: boolean;
}

export const NO_POLICY: Policy = {};

/** The settings a policy can take out of the user's hands. */
export type ManagedSettingName = 'region' | 'isBadgeShown' | 'areRemindersEnabled';

export interface ParsedPolicy {
  readonly policy: Policy;
  /** One line per value that was ignored, for the console: administrators look there. */
  readonly problems: readonly string[];
}

const BOOLEAN_KEYS = ['lockRegion', 'showBadge', 'enableReminders'] as const;
const KNOWN_KEYS: readonly string[] = ['region', ...BOOLEAN_KEYS];

function describeValue(value: unknown): string {
  // JSON, as an administrator wrote it; undefined, functions and symbols have no JSON form.
  const text = ['string', 'number', 'boolean', 'object'].includes(typeof value) ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Reads managed storage as untrusted input: a value of the wrong type or an unknown region is
 * ignored (and reported), so a typo in a policy file never breaks the extension or locks a user
 * out of a setting with a meaningless value.
 */
export function parsePolicy(stored: unknown): ParsedPolicy {
  if (stored === undefined || stored === null) return { policy: NO_POLICY, problems: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) return { policy: NO_POLICY, problems: [`policy ignored: expected an object, got ${describeValue(stored)}`] };
  const record = stored as Readonly<Record<string, unknown>>;
  const problems: string[] = [];
  const policy: { -readonly [Key in keyof Policy]: Policy[Key] } = {};

  const region = record['region'];
  if (isRegionId(region)) policy.region = region;
  else if (region !== undefined) problems.push(`"region" ignored: ${describeValue(region)} is not one of the region ids in docs/ADMINS.md`);

  for (const key of BOOLEAN_KEYS) {
    const value = record[key];
    if (typeof value === 'boolean') policy[key] = value;
    else if (value !== undefined) problems.push(`"${key}" ignored: expected true or false, got ${describeValue(value)}`);
  }
  if (policy.lockRegion === true && policy.region === undefined) problems.push('"lockRegion" has no effect without a valid "region"');
  for (const key of Object.keys(record).filter((name) => !KNOWN_KEYS.includes(name))) problems.push(`"${key}" ignored: not a setting of this extension`);
  return { policy, problems };
}

export interface AppliedSettings {
  /** The values in force: the user's, with the organisation's where it set one. */
  readonly settings: Settings;
  /** Settings the user cannot change; the options page shows them as set by the organisation. */
  readonly lockedByPolicy: readonly ManagedSettingName[];
  /** The region an organisation suggests in place of the time zone's suggestion. */
  readonly presetRegion: RegionId | undefined;
}

/** Managed values win over the user's; an unlocked region only replaces the suggestion. */
export function applyPolicy(settings: Settings, policy: Policy): AppliedSettings {
  const lockedRegion = policy.lockRegion === true ? policy.region : undefined;
  const lockedByPolicy: ManagedSettingName[] = [];
  if (lockedRegion) lockedByPolicy.push('region');
  if (policy.showBadge !== undefined) lockedByPolicy.push('isBadgeShown');
  if (policy.enableReminders !== undefined) lockedByPolicy.push('areRemindersEnabled');
  return {
    settings: {
      ...settings,
      ...(lockedRegion ? { region: lockedRegion } : {}),
      isBadgeShown: policy.showBadge ?? settings.isBadgeShown,
      areRemindersEnabled: policy.enableReminders ?? settings.areRemindersEnabled,
    },
    lockedByPolicy,
    presetRegion: policy.region,
  };
}
