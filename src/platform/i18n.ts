import type { DisplayContext } from '../core/format-milestone-date';
import { getDisplayLocale, type Language } from '../core/language';
import { browser } from './browser';

/**
 * The language the browser picked from our `_locales` for its UI language, read from the
 * `locale_tag` message. `i18n.getUILanguage()` would not do: Chromium's service worker reports
 * en-US whatever the UI language (seen in Chromium 156), while its message lookup is right.
 */
export function getBrowserTextLanguage(): string {
  return browser.i18n.getMessage('locale_tag');
}

/** The browser's languages, best first. `navigator` leads: see getBrowserTextLanguage on the worker's UI language. */
function getBrowserLocales(): string[] {
  // `navigator` is missing only in Node 20, where the unit tests run.
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return [...preferred, browser.i18n.getUILanguage()];
}

/** Dates in the shown language (regional variant where the browser has one) and the device's zone. */
export function getDisplayContext(language: Language): DisplayContext {
  return {
    locale: getDisplayLocale(language, getBrowserLocales()),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
