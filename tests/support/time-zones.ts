import fc from 'fast-check';

/**
 * Zones where calendar arithmetic goes wrong first: far from UTC on either side (Honolulu,
 * Kiritimati at UTC+14), offsets of 45 and 30 minutes (Chatham, Kathmandu, St. John's, Lord Howe
 * with its 30-minute DST), DST changes at midnight (Havana and Santiago skip or repeat their
 * midnight, Beirut and Cairo change at it), the usual DST zones, and zones without DST.
 */
export const TEST_TIME_ZONES = [
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'Pacific/Chatham',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Havana',
  'America/Santiago',
  'Asia/Beirut',
  'Africa/Cairo',
  'America/Los_Angeles',
  'America/New_York',
  'America/Puerto_Rico',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Asia/Jakarta',
  'Australia/Sydney',
  'UTC',
] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** UTC offset of `timeZone` at `time`, in milliseconds, read from Intl independently of the code under test. */
function getOffset(timeZone: string, time: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * HOUR + Number(minutes) * 60_000);
}

/** Every instant from 2024 to 2031 at which `timeZone` changes its offset, to the millisecond. */
function findOffsetChanges(timeZone: string): number[] {
  const changes: number[] = [];
  for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2032, 0, 1); time += DAY) {
    if (getOffset(timeZone, time) === getOffset(timeZone, time + DAY)) continue;
    let [before, after] = [time, time + DAY];
    while (after - before > 1) {
      const middle = before + Math.floor((after - before) / 2);
      if (getOffset(timeZone, middle) === getOffset(timeZone, time)) before = middle;
      else after = middle;
    }
    changes.push(after);
  }
  return changes;
}

export const OFFSET_CHANGES: Readonly<Record<string, readonly number[]>> = Object.fromEntries(TEST_TIME_ZONES.map((timeZone) => [timeZone, findOffsetChanges(timeZone)]));

/** Whether `timeZone` keeps one offset from `start` to `end`. */
export function hasOneOffsetBetween(timeZone: string, start: number, end: number): boolean {
  return !(OFFSET_CHANGES[timeZone] ?? []).some((change) => change > Math.min(start, end) && change <= Math.max(start, end));
}

/** The calendar date `time` falls on in `timeZone`, as days since 1970 (Intl's `en-CA` reads YYYY-MM-DD). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function getDayNumberIn(timeZone: string, time: number): number {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  const [year = 0, month = 1, day = 1] = format.format(time).split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY;
}

export const timeZoneArbitrary = fc.constantFrom(...TEST_TIME_ZONES);

/**
 * An instant from 2024 to 2031 and a zone: a third anywhere, a third within a day of one of the
 * zone's offset changes, a third within a minute of the zone's midnight.
 */
export const zonedInstantArbitrary = timeZoneArbitrary.chain((timeZone) => {
  const anywhere = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 11, 31) });
  const changes = OFFSET_CHANGES[timeZone] ?? [];
  const nearChange =
    changes.length > 0 ? fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -DAY, max: DAY })).map(([change, offset]) => change + offset) : anywhere;
  const nearMidnight = fc.tuple(fc.integer({ min: 19_723, max: 22_644 }), fc.integer({ min: -60_000, max: 60_000 })).map(([day, offset]) => day * DAY - getOffset(timeZone, day * DAY) + offset);
  return fc.tuple(fc.constant(timeZone), fc.oneof(anywhere, nearChange, nearMidnight).map((time) => new Date(time)));
});
