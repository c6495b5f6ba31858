import { describe, expect, test } from 'vitest';
import { formatInstant } from '../../src/core/format-milestone-date';
import { getDisplayLocale, resolveLanguage } from '../../src/core/language';

const CUT_OFF = new Date('2024-09-29T04:00:00Z');

describe('Spanish: the text follows the browser, dates follow its region', () => {
  test.each([
    // Chrome and Firefox hand a regional Spanish browser our `es` file, whose locale_tag is `es`.
    ['es-MX', ['es-MX', 'es'], 'es-MX'],
    ['es-419', ['es-419', 'es'], 'es-419'],
    ['es-US', ['es-US', 'en-US'], 'es-US'],
    ['es (no region)', ['es'], 'es'],
    ['an English browser that chose Spanish here', ['en-US', 'en'], 'es'],
  ] as const)('%s', (_name, browserLocales, expected) => {
    expect(resolveLanguage('browser', 'es')).toBe('es');
    expect(getDisplayLocale(resolveLanguage('es', 'en'), browserLocales)).toBe(expected);
  });

  test.each([
    // What Intl writes, by the reader's region: Mexico, Latin America and the US read a 12-hour clock.
    ['es-MX', 'America/Mexico_City', /^28 de septiembre de 2024 a las 10:00 p\.\s?m\. GMT-6$/],
    ['es-US', 'America/Los_Angeles', /^28 de septiembre de 2024 a las 9:00 p\.\s?m\. PDT$/],
    ['es', 'America/New_York', /^29 de septiembre de 2024 a las 0:00 GMT-4$/],
  ] as const)('the cut-off in %s (%s)', (locale, timeZone, expected) => {
    expect(formatInstant(CUT_OFF, { locale, timeZone }).replace(/\u00a0|\u202f/g, ' ')).toMatch(expected);
  });
});
