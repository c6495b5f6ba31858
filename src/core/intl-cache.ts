import { createZonedCalendar, type ZonedCalendar } from './zoned-calendar';

/**
 * Intl formatters, made once per page view and reused. Making one costs far more than using it
 * (the engine loads the locale's and the zone's data): the popup formats a few hundred dates and
 * spent most of its script time making formatters before this. Plain memoization inside the view's
 * display context, so the core keeps no state between views.
 */
export interface IntlCache {
  readonly getDateTimeFormat: (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat;
  readonly getRelativeTimeFormat: (locale: string) => Intl.RelativeTimeFormat;
  /** A zone's calendar, which remembers the dates and midnights it has worked out. */
  readonly getZonedCalendar: (timeZone: string) => ZonedCalendar;
}

/** "today", "tomorrow", "last month": every count is of calendar days, months or years (relative-time.ts), which is what these words mean. */
const RELATIVE_TIME_OPTIONS: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };

export function createIntlCache(): IntlCache {
  const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
  const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();
  const zonedCalendars = new Map<string, ZonedCalendar>();
  return {
    getDateTimeFormat(locale, timeZone, options) {
      const key = JSON.stringify([locale, timeZone, options]);
      let format = dateTimeFormats.get(key);
      if (!format) {
        format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
        dateTimeFormats.set(key, format);
      }
      return format;
    },
    getRelativeTimeFormat(locale) {
      let format = relativeTimeFormats.get(locale);
      if (!format) {
        format = new Intl.RelativeTimeFormat(locale, RELATIVE_TIME_OPTIONS);
        relativeTimeFormats.set(locale, format);
      }
      return format;
    },
    getZonedCalendar(timeZone) {
      let calendar = zonedCalendars.get(timeZone);
      if (!calendar) {
        calendar = createZonedCalendar(timeZone);
        zonedCalendars.set(timeZone, calendar);
      }
      return calendar;
    },
  };
}

/** For a one-off format outside a view (a test, a single notification): nothing is kept. */
export const UNCACHED_INTL: IntlCache = {
  getDateTimeFormat: (locale, timeZone, options) => new Intl.DateTimeFormat(locale, { ...options, timeZone }),
  getRelativeTimeFormat: (locale) => new Intl.RelativeTimeFormat(locale, RELATIVE_TIME_OPTIONS),
  getZonedCalendar: createZonedCalendar,
};
