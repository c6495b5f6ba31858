import { UNCACHED_INTL, type IntlCache } from './intl-cache';
import type { MessageKey, Translate } from './messages';
import { getWhen, type MilestoneFacts } from './milestone';

/** The reader's language and zone: every date is shown in them. */
export interface DisplayContext {
  /** BCP 47 tag, e.g. `en-US` or `id`. */
  readonly locale: string;
  /** IANA zone, e.g. `Asia/Jakarta`. */
  readonly timeZone: string;
  /** The view's formatters, made once (composeView); without one, each format makes its own. */
  readonly intl?: IntlCache;
}

/** An instant as it reads where the authority set it, with that zone named in the reader's language. */
export interface AuthorityTime {
  /** Date, time and the zone's name, e.g. "September 29, 2024 at 12:00 AM Eastern Time". */
  readonly text: string;
  /**
   * The zone's country, named in the reader's language, where the zone's name does not name it
   * (Indonesian "Waktu Timur" alone does not say which country's east); otherwise `undefined`.
   */
  readonly place: string | undefined;
}

/**
 * How a date reads, which decides the words around it in some languages: Spanish says "desde el
 * 29 de septiembre" (a day, with or without its time) but "desde septiembre de 2024" and "desde
 * finales de septiembre", English "on July 20" but "in July".
 */
export type DateForm = 'instant' | 'day' | 'month' | 'part-of-month';

/** Whether a date of this form names a day of the month. */
export function isDayNamed(form: DateForm): boolean {
  return form === 'instant' || form === 'day';
}

/** A date as written in a sentence, with its form. */
export interface FormattedDate {
  readonly text: string;
  readonly form: DateForm;
}

export interface MilestoneDate {
  /** In the reader's zone for an instant; as the authority dated it for a day or month. */
  readonly display: string;
  /** Of `display`. */
  readonly form: DateForm;
  /** The same instant in the authority's zone, only where that reads differently. */
  readonly inAuthorityZone: AuthorityTime | undefined;
  /** False for `day` and `month` precision: the source gave no time of day. */
  readonly isTimeOfDayStated: boolean;
}

const INSTANT_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
};
/** The zone by its generic name ("Eastern Time", "hora oriental", "Waktu Timur"): what people call it, summer or winter. */
const AUTHORITY_INSTANT_FORMAT: Intl.DateTimeFormatOptions = { ...INSTANT_FORMAT, timeZoneName: 'longGeneric' };
const DAY_FORMAT: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH_FORMAT: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };

function getFormatter(context: DisplayContext, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return (context.intl ?? UNCACHED_INTL).getDateTimeFormat(context.locale, timeZone, options);
}

/** An instant with its time of day and zone name, e.g. "29 September 2024 pukul 11.00 WIB". */
export function formatInstant(instant: Date, context: DisplayContext): string {
  return getFormatter(context, context.timeZone, INSTANT_FORMAT).format(instant);
}

/**
 * The country (ISO 3166 code) of each zone the data dates something in, so that Intl can name it
 * in the reader's language where the zone's own name does not (a data test keeps it complete).
 */
export const ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  'America/Los_Angeles': 'US',
  'America/New_York': 'US',
  'America/Toronto': 'CA',
  'Australia/Sydney': 'AU',
  'Europe/Amsterdam': 'NL',
  'Europe/Berlin': 'DE',
  'Europe/London': 'GB',
  'Europe/Rome': 'IT',
  'Europe/Vilnius': 'LT',
};

/** `instant` where the authority set it: its date and time there, the zone's name and, where that does not say it, the country. */
export function formatInAuthorityZone(instant: Date, zone: string, context: DisplayContext): AuthorityTime {
  const { locale } = context;
  const parts = getFormatter(context, zone, AUTHORITY_INSTANT_FORMAT).formatToParts(instant);
  const zoneName = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  const country = ZONE_COUNTRIES[zone];
  const place = country === undefined ? undefined : new Intl.DisplayNames(locale, { type: 'region' }).of(country);
  return { text: parts.map((part) => part.value).join(''), place: place !== undefined && !zoneName.includes(place) ? place : undefined };
}

/** The line under an instant: the same moment where the authority set it, with the country where the zone's name needs it. */
export function describeAuthorityTime(time: AuthorityTime, translate: Translate): string {
  return time.place === undefined ? translate('popup_in_authority_zone', [time.text]) : translate('popup_in_authority_zone_place', [time.text, time.place]);
}

/** A calendar day as seen in `timeZone`, without a time, e.g. "July 20, 2024". */
export function formatDay(instant: Date, context: DisplayContext): string {
  return getFormatter(context, context.timeZone, DAY_FORMAT).format(instant);
}

/**
 * The month and year of a milestone ("September 2024"): of its instant in the reader's zone, of
 * its date as the authority dated it otherwise.
 */
export function formatMonth(milestone: MilestoneFacts, context: DisplayContext): string {
  const timeZone = milestone.precision === 'instant' ? context.timeZone : milestone.zone;
  return getFormatter(context, timeZone, MONTH_FORMAT).format(getWhen(milestone));
}

/**
 * A day the sources give only roughly reads as part of its month ("late September 2024"), a month
 * as the month: neither has a day to count from.
 */
export function isShownToTheMonth(milestone: MilestoneFacts): boolean {
  return milestone.precision === 'month' || (milestone.precision === 'day' && milestone.isApproximate === true);
}

/**
 * The machine-readable date for `<time datetime>`, as precise as the source: `2024-07-20` for a
 * day, `2024-07` for a month, the full instant with its offset otherwise.
 */
export function getDateTimeAttribute(milestone: MilestoneFacts): string {
  if (isShownToTheMonth(milestone)) return milestone.when.slice(0, 7);
  if (milestone.precision === 'day') return milestone.when.slice(0, 10);
  return milestone.when;
}

/** Which part of its month an approximate day falls in: a source that gives no exact day gets no exact day. */
const PART_OF_MONTH_KEYS = { early: 'date_early_month', mid: 'date_mid_month', late: 'date_late_month' } as const satisfies Record<string, MessageKey>;

function getPartOfMonthKey(dayOfMonth: number): MessageKey {
  if (dayOfMonth <= 10) return PART_OF_MONTH_KEYS.early;
  return dayOfMonth <= 20 ? PART_OF_MONTH_KEYS.mid : PART_OF_MONTH_KEYS.late;
}

/**
 * A milestone's date for display. A day-precision date is the authority's calendar day: moving it
 * into the reader's zone would invent a time (00:00 Eastern is the evening before in Los Angeles),
 * so it is shown as the authority dated it. A day the sources give only roughly is shown as part
 * of its month ("late September 2024"), as the fact base asks.
 */
export function formatMilestoneDate(milestone: MilestoneFacts, context: DisplayContext, translate: Translate): MilestoneDate {
  const when = getWhen(milestone);
  if (milestone.precision !== 'instant') {
    const isApproximateDay = milestone.precision === 'day' && milestone.isApproximate === true;
    const formatted = getFormatter(context, milestone.zone, isShownToTheMonth(milestone) ? MONTH_FORMAT : DAY_FORMAT).format(when);
    return {
      display: isApproximateDay ? translate(getPartOfMonthKey(Number(milestone.when.slice(8, 10))), [formatted]) : formatted,
      form: isApproximateDay ? 'part-of-month' : milestone.precision,
      inAuthorityZone: undefined,
      isTimeOfDayStated: false,
    };
  }
  const display = formatInstant(when, context);
  // A reader whose clock reads the same there (same time, same zone abbreviation) needs no second line.
  const readsTheSame = formatInstant(when, { ...context, timeZone: milestone.zone }) === display;
  return { display, form: 'instant', inAuthorityZone: readsTheSame ? undefined : formatInAuthorityZone(when, milestone.zone, context), isTimeOfDayStated: true };
}
