import englishWorkerMessages from '../../_locales/en/messages.json?worker';
import indonesianWorkerMessages from '../../_locales/id/messages.json?worker';
import spanishWorkerMessages from '../../_locales/es/messages.json?worker';
import { createTranslator } from '../core/create-translator';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';

/** Bundled, because a service worker cannot load a language on demand. */
export const WORKER_TRANSLATORS: Readonly<Record<Language, Translate>> = {
  en: createTranslator(englishWorkerMessages),
  id: createTranslator(indonesianWorkerMessages),
  es: createTranslator(spanishWorkerMessages),
};
