import { describe, expect, test } from 'vitest';
import { describeAuthorityTime, formatInAuthorityZone, formatInstant, formatMilestoneDate, getDateTimeAttribute, ZONE_COUNTRIES } from '../../src/core/format-milestone-date';
import { parseMilestone } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';

const byId = (id: string) => MILESTONES.find((milestone) => milestone.id === id)!;
const CUT_OFF = new Date('2024-09-29T04:00:00Z');

describe('formatInstant: the US cut-off in the reader zone and language', () => {
  test.each([
    ['id', 'Asia/Jakarta', '29 September 2024 pukul 11.00 WIB'],
    ['id', 'Asia/Makassar', '29 September 2024 pukul 12.00 WITA'],
    ['id', 'Asia/Jayapura', '29 September 2024 pukul 13.00 WIT'],
    ['en-US', 'America/Los_Angeles', 'September 28, 2024 at 9:00 PM PDT'],
    ['en-US', 'Pacific/Honolulu', 'September 28, 2024 at 6:00 PM HST'],
    ['en-US', 'America/New_York', 'September 29, 2024 at 12:00 AM EDT'],
    ['en-GB', 'Europe/Berlin', '29 September 2024 at 06:00 CEST'],
    ['en-US', 'Pacific/Kiritimati', 'September 29, 2024 at 6:00 PM GMT+14'],
  ])('%s in %s', (locale, timeZone, expected) => {
    expect(formatInstant(CUT_OFF, { locale, timeZone })).toBe(expected);
  });

  test('across the end of US daylight time the zone name follows the instant', () => {
    const display = { locale: 'en-US', timeZone: 'America/New_York' };
    expect(formatInstant(new Date('2024-11-03T05:59:00Z'), display)).toBe('November 3, 2024 at 1:59 AM EDT');
    expect(formatInstant(new Date('2024-11-03T06:00:00Z'), display)).toBe('November 3, 2024 at 1:00 AM EST');
  });
});

describe('formatMilestoneDate', () => {
  test('an instant shows local time and the authority zone where it reads differently', () => {
    const date = formatMilestoneDate(byId('us-updates-end'), { locale: 'en-US', timeZone: 'America/Los_Angeles' }, translateEnglish);
    expect(date).toEqual({
      display: 'September 28, 2024 at 9:00 PM PDT',
      form: 'instant',
      inAuthorityZone: { text: 'September 29, 2024 at 12:00 AM Eastern Time', place: 'United States' },
      isTimeOfDayStated: true,
    });
  });

  test.each([
    // English names the zone clearly by itself: the place is there for languages that need it, and the English line leaves it out.
    ['en-US', 'America/Los_Angeles', translateEnglish, 'That is September 29, 2024 at 12:00 AM Eastern Time.'],
    ['en-GB', 'Europe/London', translateEnglish, 'That is 29 September 2024 at 00:00 Eastern Time.'],
    // "hora oriental" and "Waktu Timur" alone do not say which country's east: the country follows.
    ['es-MX', 'America/Mexico_City', translateSpanish, 'Es decir, el 29 de septiembre de 2024 a las 12:00 a.m. hora oriental (Estados Unidos).'],
    ['es', 'Europe/Madrid', translateSpanish, 'Es decir, el 29 de septiembre de 2024 a las 0:00 hora oriental (Estados Unidos).'],
    ['id', 'Asia/Jakarta', translateIndonesian, 'Sama dengan 29 September 2024 pukul 00.00 Waktu Timur (Amerika Serikat).'],
  ] as const)('the US cut-off for a reader in %s, %s: the same moment in Eastern Time, by name', (locale, timeZone, translate, expected) => {
    const { inAuthorityZone } = formatMilestoneDate(byId('us-updates-end'), { locale, timeZone }, translate);
    expect(inAuthorityZone && describeAuthorityTime(inAuthorityZone, translate)).toBe(expected);
  });

  test.each([
    ['en-US', translateEnglish, 'That is April 1, 2025 at 12:00 AM Australian Eastern Time.'],
    ['es', translateSpanish, 'Es decir, el 1 de abril de 2025 a las 0:00 hora de Australia oriental.'],
    ['id', translateIndonesian, 'Sama dengan 1 April 2025 pukul 00.00 Waktu Timur Australia.'],
  ] as const)('%s: a zone whose name already names its country gets no second country name', (locale, translate, expected) => {
    const time = formatInAuthorityZone(new Date('2025-03-31T13:00:00Z'), 'Australia/Sydney', { locale, timeZone: 'UTC' });
    expect(time.place).toBeUndefined();
    expect(describeAuthorityTime(time, translate)).toBe(expected);
  });

  test('the zone is named for the instant, not for today: its generic name, summer or winter', () => {
    const winter = formatMilestoneDate(parseMilestone({ ...byId('us-updates-end'), when: '2024-12-01T00:00:00-05:00' }), { locale: 'en-US', timeZone: 'Asia/Jakarta' }, translateEnglish);
    expect(winter.inAuthorityZone?.text).toBe('December 1, 2024 at 12:00 AM Eastern Time');
  });

  test('every zone the data dates something in has its country, for languages whose zone names do not say it', () => {
    expect(MILESTONES.filter((milestone) => ZONE_COUNTRIES[milestone.zone] === undefined).map((milestone) => `${milestone.id}: ${milestone.zone}`)).toEqual([]);
  });

  test('in the authority zone itself the time is not repeated', () => {
    const date = formatMilestoneDate(byId('us-updates-end'), { locale: 'en-US', timeZone: 'America/New_York' }, translateEnglish);
    expect(date.inAuthorityZone).toBeUndefined();
  });

  test.each(['Pacific/Kiritimati', 'Pacific/Honolulu', 'Asia/Jakarta', 'America/Los_Angeles'])(
    'a day-precision date stays the authority day in %s (00:00 Eastern is the evening before in the west)',
    (timeZone) => {
      const date = formatMilestoneDate(byId('us-new-sales-end'), { locale: 'en-US', timeZone }, translateEnglish);
      expect(date).toEqual({ display: 'July 20, 2024', form: 'day', inAuthorityZone: undefined, isTimeOfDayStated: false });
    },
  );

  test('a month-precision date shows month and year only', () => {
    expect(formatMilestoneDate(byId('us-free-offer'), { locale: 'id', timeZone: 'Asia/Jakarta' }, translateIndonesian)).toMatchObject({ display: 'Juli 2024', form: 'month' });
  });

  test.each([
    ['us-google-play-removal', 'en-US', translateEnglish, 'late September 2024', '2024-09'],
    ['us-google-play-removal', 'id', translateIndonesian, 'akhir September 2024', '2024-09'],
    ['us-ultraav-notice', 'en-US', translateEnglish, 'early September 2024', '2024-09'],
  ] as const)('an approximate day (%s, %s) is shown as part of its month, never as an exact day', (id, locale, translate, expected, attribute) => {
    const date = formatMilestoneDate(byId(id), { locale, timeZone: 'Asia/Jakarta' }, translate);
    expect(date).toEqual({ display: expected, form: 'part-of-month', inAuthorityZone: undefined, isTimeOfDayStated: false });
    expect(getDateTimeAttribute(byId(id))).toBe(attribute);
  });
});
