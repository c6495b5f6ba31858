import { createTranslatorLoader } from './create-translator-loader';

/** The options page's messages (scripts/message-bundles.ts), one chunk per language. */
export const loadOptionsTranslator = createTranslatorLoader('options', {
  en: () => import('../../_locales/en/messages.json?bundle=options'),
  id: () => import('../../_locales/id/messages.json?bundle=options'),
  es: () => import('../../_locales/es/messages.json?bundle=options'),
});
