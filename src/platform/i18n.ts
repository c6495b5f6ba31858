import type { BrowserEnvironment } from '../core/compose-view';
import { resolveLanguage, type Language } from '../core/language';
import type { MessageKey, Translate } from '../core/messages';
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

/** The browser's own lookup of our `_locales`, and the language it answers in. */
export interface BrowserMessages {
  readonly language: Language;
  readonly translate: Translate;
}

/**
 * The messages of the language the browser picked for this extension, as the browser serves them
 * (`i18n.getMessage`, synchronous): a page in that language, the usual case, loads no messages of
 * its own. `onMissingKey` hears of a key the browser does not have, which it shows as a blank.
 */
export function readBrowserMessages(onMissingKey: (key: MessageKey) => void): BrowserMessages {
  return {
    language: resolveLanguage('browser', getBrowserTextLanguage()),
    translate: (key, substitutions = []) => {
      const message = browser.i18n.getMessage(key, [...substitutions]);
      if (message === '') onMissingKey(key);
      return message;
    },
  };
}
