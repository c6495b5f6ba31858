import { createTranslatorLoader } from './create-translator-loader';

/** The popup's messages (scripts/message-bundles.ts), one chunk per language. */
export const loadPopupTranslator = createTranslatorLoader('popup', {
  en: () => import('../../_locales/en/messages.json?bundle=popup'),
  id: () => import('../../_locales/id/messages.json?bundle=popup'),
  es: () => import('../../_locales/es/messages.json?bundle=popup'),
});
