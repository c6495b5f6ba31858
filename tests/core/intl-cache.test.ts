import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatInstant, formatMilestoneDate } from '../../src/core/format-milestone-date';
import { createIntlCache } from '../../src/core/intl-cache';
import { MILESTONES } from '../../src/core/milestones';
import { createZonedCalendar } from '../../src/core/zoned-calendar';
import { zonedInstantArbitrary } from '../support/time-zones';
import { translateEnglish } from '../support/translators';

describe('createIntlCache', () => {
  test('makes each formatter once, and one per locale, zone and options', () => {
    const intl = createIntlCache();
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
    expect(intl.getDateTimeFormat('en-US', 'America/New_York', options)).toBe(intl.getDateTimeFormat('en-US', 'America/New_York', { ...options }));
    expect(intl.getDateTimeFormat('en-US', 'America/New_York', options)).not.toBe(intl.getDateTimeFormat('es-MX', 'America/New_York', options));
    expect(intl.getDateTimeFormat('en-US', 'America/New_York', options)).not.toBe(intl.getDateTimeFormat('en-US', 'Asia/Jakarta', options));
    expect(intl.getDateTimeFormat('en-US', 'America/New_York', options)).not.toBe(intl.getDateTimeFormat('en-US', 'America/New_York', { year: 'numeric' }));
    expect(intl.getRelativeTimeFormat('id')).toBe(intl.getRelativeTimeFormat('id'));
    expect(intl.getZonedCalendar('Pacific/Chatham')).toBe(intl.getZonedCalendar('Pacific/Chatham'));
    expect(intl.getZonedCalendar('Pacific/Chatham')).not.toBe(intl.getZonedCalendar('Asia/Kathmandu'));
  });

  test('a remembering calendar answers as a fresh one, however often and in whatever order it is asked', () => {
    const intl = createIntlCache();
    fc.assert(
      fc.property(zonedInstantArbitrary, ([timeZone, instant]) => {
        const kept = intl.getZonedCalendar(timeZone);
        const fresh = createZonedCalendar(timeZone);
        const date = fresh.getDate(instant);
        expect(kept.getDate(instant)).toEqual(date);
        expect(kept.getStartOf(date)).toEqual(fresh.getStartOf(date));
        expect(kept.getDate(instant)).toEqual(date);
      }),
    );
  });

  test('a cached context formats every milestone and instant exactly as an uncached one', () => {
    const intl = createIntlCache();
    fc.assert(
      fc.property(
        fc.constantFrom('en-US', 'es-MX', 'id', 'en-GB'),
        fc.constantFrom('America/Los_Angeles', 'Asia/Jakarta', 'Europe/Berlin', 'UTC'),
        fc.constantFrom(...MILESTONES),
        fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        (locale, timeZone, milestone, instant) => {
          expect(formatMilestoneDate(milestone, { locale, timeZone, intl }, translateEnglish)).toEqual(formatMilestoneDate(milestone, { locale, timeZone }, translateEnglish));
          expect(formatInstant(instant, { locale, timeZone, intl })).toBe(formatInstant(instant, { locale, timeZone }));
        },
      ),
    );
  });
});
