/**
 * Spanish in real Chromium, with the whole browser started on 2024-10-15 in Los Angeles, 16 days
 * after the US update cut-off (the United States is suggested from the zone): the headline still
 * gives the cut-off to the minute (it names only the month 30 days after it), so the dates show
 * how each browser's Spanish writes the time. Dates are written out by hand as Intl writes them.
 *
 * Chrome's UI for Mexican, US or other Latin-American Spanish is es-419, and an extension in it gets
 * `_locales/es` by Chrome's fallback (es_419 → es → default; see src/core/language.ts). Debian's
 * Chromium without its locale packs (chromium-l10n, not installed here) does not do that: started
 * with --lang=es-MX, es-US or es-419 it hands extensions the default locale, English, as it shows its
 * own UI in English (seen in Chromium 156). So a browser in plain `es` shows the automatic choice,
 * and the regional browsers show Spanish chosen in the options, with dates in their own region.
 */
import { describe, expect, test } from 'vitest';
import { readToolbar } from './support/launch-extension';
import { expandEverything, localeMessage, messageBeside, openOptions, openPopup, OPTIONS_CONTROLS, pollFor, textOf } from './support/extension-pages';
import { normalizeSpaces } from './support/observe';
import { useBrowser } from './support/scenario';

const START = { startAt: '2024-10-15T18:00:00Z', timeZone: 'America/Los_Angeles' } as const;

/** The region and headline; then, as a fresh profile has ticked nothing, that steps are still open. */
function usTooltip(cutOff: string): string {
  const sentence = localeMessage('es', 'tooltip', [localeMessage('es', 'region_us'), localeMessage('es', 'm_us_updates_end_headline', [cutOff])]);
  return `${sentence} ${localeMessage('es', 'tooltip_steps_open')}`;
}

describe('browser in Spanish (es): Spanish by itself, with the cut-off on a 24-hour clock', () => {
  const scenario = useBrowser({ ...START, language: 'es' }, { isAlarmExpected: false });
  const cutOff = '28 de septiembre de 2024 a las 21:00 GMT-7';

  test('the badge tooltip is in Spanish, with the cut-off in Los Angeles time', async () => {
    const { launched } = scenario();
    const tooltip = usTooltip(cutOff);
    expect(await pollFor(async () => normalizeSpaces((await readToolbar(launched.worker)).title), tooltip)).toBe(tooltip);
    expect((await readToolbar(launched.worker)).text).toBe('!');
  });

  test('the popup headline is in Spanish', async () => {
    const popup = await openPopup(scenario().launched);
    expect(await popup.locator('html').getAttribute('lang')).toBe('es');
    expect(await textOf(popup, 'h1#headline')).toBe(localeMessage('es', 'm_us_updates_end_headline', [cutOff]));
    expect(await textOf(popup, '#region-line')).toBe(localeMessage('es', 'popup_region_suggested', [localeMessage('es', 'region_us')]));
    await popup.close();
  });

  test('a source named by our description is named in Spanish: the Commerce Department\'s Kaspersky page', async () => {
    const popup = await openPopup(scenario().launched);
    await expandEverything(popup);
    const links = normalizeSpaces((await popup.locator('a[href="https://oicts.bis.gov/kaspersky"]').allTextContents()).join(' | '));
    expect(links).toContain(localeMessage('es', 'source_description_bis_kaspersky_page'));
    expect(normalizeSpaces(await popup.locator('body').textContent())).not.toContain(localeMessage('en', 'source_description_bis_kaspersky_page'));
    await popup.close();
  });
});

describe.each([
  ['es-MX', '28 de septiembre de 2024 a las 9:00 p.m. GMT-7'],
  ['es-US', '28 de septiembre de 2024 a las 9:00 p.m. PDT'],
  ['es-419', '28 de septiembre de 2024 a las 9:00 p.m. GMT-7'],
])('browser in %s, Español chosen in the options: dates in the browser\'s regional Spanish', (language, cutOff) => {
  const scenario = useBrowser({ ...START, language }, { isAlarmExpected: false });

  test('the options offer Español, named in itself; choosing it turns the tooltip Spanish', async () => {
    const { launched } = scenario();
    const page = await openOptions(launched);
    expect(await page.locator('select#language option[value="es"]').textContent()).toBe('Español');
    expect(await page.locator('select#language option[value="es"]').getAttribute('lang')).toBe('es');
    await page.locator('select#language').selectOption('es');
    expect(await messageBeside(page, OPTIONS_CONTROLS.language, localeMessage('es', 'options_saved'))).toBe(localeMessage('es', 'options_saved'));
    expect(await textOf(page, 'h1')).toBe(localeMessage('es', 'options_heading'));
    const tooltip = usTooltip(cutOff);
    expect(await pollFor(async () => normalizeSpaces((await readToolbar(launched.worker)).title), tooltip)).toBe(tooltip);
    await page.close();
  });

  test('the popup headline is in Spanish, with the cut-off as Intl writes it for this region', async () => {
    const popup = await openPopup(scenario().launched);
    expect(await popup.locator('html').getAttribute('lang')).toBe(language);
    expect(await textOf(popup, 'h1#headline')).toBe(localeMessage('es', 'm_us_updates_end_headline', [cutOff]));
    await popup.close();
  });
});
