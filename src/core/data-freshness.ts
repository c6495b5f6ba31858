import { addHours, isBefore, parseISO } from 'date-fns';
import { formatDay } from './format-milestone-date';
import { DATA_REVIEWED_ON } from './data-reviewed-on';

/** After this many days the popup asks the reader to look for an update and check the official page. */
export const STALE_AFTER_DAYS = 180;

export type DataFreshness = 'clock-wrong' | 'fresh' | 'stale';

/**
 * Whether the bundled facts can be trusted at `now`. The review date is a calendar date: it has
 * begun somewhere on Earth from its 00:00 at UTC+14, so a clock earlier than that cannot be right
 * (the package did not exist yet). It is stale once 180 days have passed even at UTC−12.
 */
export function getDataFreshness(now: Date, reviewedOn: string = DATA_REVIEWED_ON): DataFreshness {
  const { freshFrom, staleFrom } = getFreshnessBounds(reviewedOn);
  if (isBefore(now, freshFrom)) return 'clock-wrong';
  if (!isBefore(now, staleFrom)) return 'stale';
  return 'fresh';
}

/** The next instant at which `getDataFreshness` says something else; `undefined` once stale. */
export function getDataFreshnessChangesAt(now: Date, reviewedOn: string = DATA_REVIEWED_ON): Date | undefined {
  const { freshFrom, staleFrom } = getFreshnessBounds(reviewedOn);
  if (isBefore(now, freshFrom)) return freshFrom;
  return isBefore(now, staleFrom) ? staleFrom : undefined;
}

function getFreshnessBounds(reviewedOn: string): { readonly freshFrom: Date; readonly staleFrom: Date } {
  return {
    freshFrom: parseISO(`${reviewedOn}T00:00:00+14:00`),
    // Whole 24-hour days: date-fns' addDays counts calendar days in the device's zone, across its DST changes.
    staleFrom: addHours(parseISO(`${reviewedOn}T00:00:00-12:00`), (STALE_AFTER_DAYS + 1) * 24),
  };
}

/**
 * The review date is a calendar date with no zone of its own: read and shown in UTC, it is the
 * same day for every reader.
 */
export function formatReviewDate(locale: string, reviewedOn: string = DATA_REVIEWED_ON): string {
  return formatDay(parseISO(`${reviewedOn}T00:00:00Z`), { locale, timeZone: 'UTC' });
}
