/**
 * The languages the extension ships, each complete (a test checks). Each is one `_locales` folder
 * named by its language alone: a browser in a regional variant (es-MX, es-US, es-419) falls back
 * to it by itself. Chrome looks in `_locales/es_419`, then `_locales/es`, then the default locale
 * (developer.chrome.com/docs/extensions/reference/api/i18n, "Searching for messages"); Firefox
 * cascades through the subtags the same way since Firefox 139 (MDN, WebExtensions
 * "Internationalization", "Localized string selection"; bug 1381580), below our minimum of 142.
 * So no `es_419` copy is needed, and the date locale keeps the browser's region (getDisplayLocale).
 * (Debian's Chromium without its locale packs gives es-MX/es-419 extensions English, as it shows
 * its own UI: tests/e2e/spanish.e2e.ts. An `es_419` copy would not help es-MX there either.)
 */
export const LANGUAGES = ['en', 'id', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the user can choose: follow the browser, or one shipped language for this extension only. */
export const LANGUAGE_CHOICES = ['browser', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return typeof value === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(value);
}

/**
 * The language to show. `browserTextLanguage` is the one the browser picked from our
 * `_locales` for its UI language (English where it has none of its own).
 */
export function resolveLanguage(choice: LanguageChoice, browserTextLanguage: string): Language {
  if (choice !== 'browser') return choice;
  return isLanguage(browserTextLanguage) ? browserTextLanguage : DEFAULT_LANGUAGE;
}

function getPrimarySubtag(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** The shipped language a locale tag is written in (`es-MX` → `es`); English for any other. */
export function getLanguageOfLocale(locale: string): Language {
  const language = getPrimarySubtag(locale);
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/**
 * The locale dates are written in: the text's language, in the browser's regional variant where
 * the browser uses that language (en-GB writes "29 September 2024", en-US "September 29, 2024").
 */
export function getDisplayLocale(language: Language, browserLocales: readonly string[]): string {
  return browserLocales.find((locale) => getPrimarySubtag(locale) === language)?.replace('_', '-') ?? language;
}
