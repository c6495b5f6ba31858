import { createTranslator, type CompiledMessages } from '../core/create-translator';
import type { Language } from '../core/language';
import type { MessageKey, Translate } from '../core/messages';
import { readBrowserMessages } from '../platform/i18n';

export type TranslatorLoader = (language: Language) => Promise<Translate>;

/**
 * Loads a page's translator for a language, once per page. The browser's own language needs no
 * loading: the browser serves our `_locales` in it (platform/i18n.ts). Each other language of the
 * page's messages is its own chunk, so a page loads only the one it shows, and only when the
 * reader picked a language other than the browser's.
 */
export function createTranslatorLoader(bundleName: string, loaders: Readonly<Record<Language, () => Promise<{ default: CompiledMessages }>>>): TranslatorLoader {
  const loading = new Map<Language, Promise<Translate>>();
  // A key the page's bundle lacks would show as a blank: say so, which fails every test that meets it.
  const reportMissingKey = (key: MessageKey): void => console.error(`Message "${key}" is not in the ${bundleName} bundle (scripts/message-bundles.ts).`);
  const reportMissingBrowserMessage = (key: MessageKey): void => console.error(`Message "${key}" is not in _locales for the browser's language.`);
  const load = (language: Language): Promise<Translate> => {
    const browserMessages = readBrowserMessages(reportMissingBrowserMessage);
    if (browserMessages.language === language) return Promise.resolve(browserMessages.translate);
    return loaders[language]().then(({ default: messages }) => createTranslator(messages, reportMissingKey));
  };
  return (language) => {
    let translator = loading.get(language);
    if (!translator) {
      translator = load(language);
      loading.set(language, translator);
    }
    return translator;
  };
}
