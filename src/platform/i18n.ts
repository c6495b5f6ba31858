import type { DisplayContext } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import { browser } from './browser';

export const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);

function getLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The language dates are written in: the one the browser picked for our text (`locale_tag`), with
 * the browser's regional variant where it has one (en-GB writes "29 September 2024"). Chromium's
 * service worker reports `i18n.getUILanguage()` as en-US whatever the UI language
 * (seen in Chromium 156), so `navigator.language` is asked as well.
 */
function getDisplayLocale(): string {
  const textLocale = translate('locale_tag');
  const candidates = [browser.i18n.getUILanguage()];
  // `navigator` is missing only in Node 20, where the unit tests run.
  if (typeof navigator !== 'undefined') candidates.push(navigator.language);
  return candidates.find((candidate) => getLanguage(candidate) === getLanguage(textLocale)) ?? textLocale;
}

/** The reader's language and the device's time zone: everything is shown in these. */
export function getDisplayContext(): DisplayContext {
  return {
    locale: getDisplayLocale(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
