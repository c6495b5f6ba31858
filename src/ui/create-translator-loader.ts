import { createTranslator, type CompiledMessages } from '../core/create-translator';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';

export type TranslatorLoader = (language: Language) => Promise<Translate>;

/**
 * Loads a page's translator for a language, once per page. Each language of the page's messages is
 * its own chunk, so a page loads only the one it shows. Pages call it for the browser's language
 * before their settings are read, so the usual case costs no extra wait.
 */
export function createTranslatorLoader(bundleName: string, loaders: Readonly<Record<Language, () => Promise<{ default: CompiledMessages }>>>): TranslatorLoader {
  const loading = new Map<Language, Promise<Translate>>();
  // A key the page's bundle lacks would show as a blank: say so, which fails every test that meets it.
  const reportMissingKey = (key: string): void => console.error(`Message "${key}" is not in the ${bundleName} bundle (scripts/message-bundles.ts).`);
  return (language) => {
    let translator = loading.get(language);
    if (!translator) {
      translator = loaders[language]().then(({ default: messages }) => createTranslator(messages, reportMissingKey));
      loading.set(language, translator);
    }
    return translator;
  };
}
