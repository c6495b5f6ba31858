import englishMessages from '../../_locales/en/messages.json?bundle=background';
import indonesianMessages from '../../_locales/id/messages.json?bundle=background';
import spanishMessages from '../../_locales/es/messages.json?bundle=background';
import { createTranslator } from '../core/create-translator';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';

/** A key the background's bundle lacks would leave a blank in the tooltip: say so (it fails the tests that meet it). */
function reportMissingKey(key: string): void {
  console.error(`Message "${key}" is not in the background bundle (scripts/message-bundles.ts).`);
}

/**
 * Every language, bundled: a service worker cannot load one on demand (no dynamic `import()` in
 * service workers). Only the tooltip and notification texts (scripts/message-bundles.ts).
 */
export const WORKER_TRANSLATORS: Readonly<Record<Language, Translate>> = {
  en: createTranslator(englishMessages, reportMissingKey),
  id: createTranslator(indonesianMessages, reportMissingKey),
  es: createTranslator(spanishMessages, reportMissingKey),
};
