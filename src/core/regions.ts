import type { MessageKey } from './messages';

/**
 * The regions a user can pick. Order is the order of the options page's list.
 * `us-abroad` is a U.S. person living elsewhere: the BIS rules follow the person, not the place
 * (shared/facts: "Jurisdiction").
 */
export const REGION_IDS = ['us', 'us-abroad', 'id', 'de', 'uk', 'ca', 'au', 'nl', 'lt', 'it', 'other'] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Each region's name, as the reader sees it. */
export const REGION_NAME_KEYS: Readonly<Record<RegionId, MessageKey>> = {
  us: 'region_us',
  'us-abroad': 'region_us_abroad',
  id: 'region_id',
  de: 'region_de',
  uk: 'region_uk',
  ca: 'region_ca',
  au: 'region_au',
  nl: 'region_nl',
  lt: 'region_lt',
  it: 'region_it',
  other: 'region_other',
};

/** The product's primary audience, and the answer when the time zone names no place. */
export const DEFAULT_REGION: RegionId = 'us';

/** Regions where the US Commerce Department's rules bind the user. */
export function isUsRuleRegion(region: RegionId): boolean {
  return region === 'us' || region === 'us-abroad';
}

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/**
 * IANA zones that lie in exactly one preset's country, under the names browsers report (CLDR's:
 * Atikokan, Ontario is `America/Coral_Harbour` in V8) and older aliases. `us-abroad` is never
 * guessed: nothing in a time zone says who is a U.S. person.
 */
const ZONES_BY_REGION: Readonly<Record<Exclude<RegionId, 'us-abroad' | 'other'>, readonly string[]>> = {
  us: [
    'America/New_York', 'America/Detroit', 'America/Chicago', 'America/Denver', 'America/Phoenix',
    'America/Boise', 'America/Los_Angeles', 'America/Anchorage', 'America/Juneau', 'America/Sitka',
    'America/Metlakatla', 'America/Yakutat', 'America/Nome', 'America/Adak', 'Pacific/Honolulu',
    'America/Indiana/Indianapolis', 'America/Indiana/Knox', 'America/Indiana/Marengo',
    'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay',
    'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Kentucky/Louisville',
    'America/Kentucky/Monticello', 'America/Menominee', 'America/North_Dakota/Beulah',
    'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/Puerto_Rico',
    'Pacific/Guam', 'Pacific/Saipan', 'Pacific/Pago_Pago', 'America/St_Thomas',
    'US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'US/Alaska', 'US/Hawaii', 'US/Arizona',
  ],
  id: ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'],
  de: ['Europe/Berlin'],
  uk: ['Europe/London', 'Europe/Belfast', 'GB'],
  ca: [
    'America/Toronto', 'America/Montreal', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg',
    'America/Regina', 'America/Swift_Current', 'America/Halifax', 'America/Glace_Bay',
    'America/Moncton', 'America/Goose_Bay', 'America/St_Johns', 'America/Whitehorse',
    'America/Dawson', 'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Yellowknife',
    'America/Inuvik', 'America/Cambridge_Bay', 'America/Rankin_Inlet', 'America/Resolute',
    'America/Iqaluit', 'America/Atikokan', 'America/Coral_Harbour', 'America/Blanc-Sablon', 'America/Creston', 'America/Thunder_Bay',
    'America/Nipigon', 'America/Rainy_River', 'America/Pangnirtung',
    'Canada/Eastern', 'Canada/Central', 'Canada/Mountain', 'Canada/Pacific', 'Canada/Atlantic',
    'Canada/Newfoundland', 'Canada/Saskatchewan', 'Canada/Yukon',
  ],
  au: [
    'Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Adelaide',
    'Australia/Perth', 'Australia/Hobart', 'Australia/Darwin', 'Australia/Lord_Howe',
    'Australia/Broken_Hill', 'Australia/Lindeman', 'Australia/Eucla', 'Australia/Canberra',
    'Australia/ACT', 'Australia/NSW', 'Australia/Victoria', 'Australia/Queensland',
    'Australia/South', 'Australia/West', 'Australia/Tasmania', 'Australia/North',
    'Antarctica/Macquarie',
  ],
  nl: ['Europe/Amsterdam'],
  lt: ['Europe/Vilnius'],
  it: ['Europe/Rome'],
};

const REGION_BY_ZONE: ReadonlyMap<string, RegionId> = new Map(
  Object.entries(ZONES_BY_REGION).flatMap(([region, zones]) =>
    zones.map((zone) => [zone, region as RegionId] as const),
  ),
);

/** Whether `timeZone` is a zone this engine knows (an alias counts); a typo or an empty string is not. */
function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Zones that name no place: `UTC`, `Etc/GMT+10`, and the old one-word names (`GMT`, `CET`,
 * `EST5EDT`…). A device set to one says nothing about where its reader is.
 */
function isPlaceless(timeZone: string): boolean {
  return timeZone.startsWith('Etc/') || !timeZone.includes('/');
}

/**
 * The region to suggest until the reader chooses, from the browser's IANA time zone: the one preset
 * whose country the zone lies in; "Other" for a zone in a country without a preset (Mexico City,
 * São Paulo, Delhi: the US rules do not reach them, and guessing the US would raise a false alarm);
 * the United States, the product's main audience, only where the zone names no place at all.
 */
export function suggestRegion(timeZone: string | undefined): RegionId {
  if (timeZone === undefined) return DEFAULT_REGION;
  const region = REGION_BY_ZONE.get(timeZone);
  if (region) return region;
  return isKnownTimeZone(timeZone) && !isPlaceless(timeZone) ? 'other' : DEFAULT_REGION;
}
