import { createTranslator } from '../core/create-translator';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';

/** Each language is its own chunk: a page loads only the one it shows. */
const LOADERS: Readonly<Record<Language, () => Promise<{ default: Parameters<typeof createTranslator>[0] }>>> = {
  en: () => import('../../_locales/en/messages.json'),
  id: () => import('../../_locales/id/messages.json'),
  es: () => import('../../_locales/es/messages.json'),
};

const loading = new Map<Language, Promise<Translate>>();

/**
 * The translator for `language`, loaded once per page. Pages call it for the browser's language
 * before their settings are read, so the usual case costs no extra wait.
 */
export function loadTranslator(language: Language): Promise<Translate> {
  let translator = loading.get(language);
  if (!translator) {
    translator = LOADERS[language]().then(({ default: messages }) => createTranslator(messages));
    loading.set(language, translator);
  }
  return translator;
}
