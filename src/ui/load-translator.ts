import { createTranslator } from '../core/create-translator';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';

/** Each language is its own chunk: a page loads only the one it shows. */
const LOADERS: Readonly<Record<Language, () => Promise<{ default: Parameters<typeof createTranslator>[0] }>>> = {
  en: () => import('../../_locales/en/messages.json'),
  id: () => import('../../_locales/id/messages.json'),
};

export async function loadTranslator(language: Language): Promise<Translate> {
  return createTranslator((await LOADERS[language]()).default);
}
