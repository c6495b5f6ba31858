import type { BrowserEnvironment } from '../core/compose-view';
import { browser } from './browser';

/**
 * The language the browser picked from our `_locales` for its UI language, read from the
 * `locale_tag` message. `i18n.getUILanguage()` would not do: Chromium's service worker reports
 * en-US whatever the UI language (seen in Chromium 156), while its message lookup is right.
 */
function getBrowserTextLanguage(): string {
  return browser.i18n.getMessage('locale_tag');
}

/** The browser's languages, best first. `navigator` leads: see getBrowserTextLanguage on the worker's UI language. */
function getBrowserLocales(): string[] {
  // `navigator` is missing only in Node 20, where the unit tests run.
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return [...preferred, browser.i18n.getUILanguage()];
}

/** The reader's languages and time zone, as this browser and device report them now. */
export function readBrowserEnvironment(): BrowserEnvironment {
  return {
    textLanguage: getBrowserTextLanguage(),
    locales: getBrowserLocales(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
