import englishTooltipMessages from '../../_locales/en/messages.json?tooltip';
import indonesianTooltipMessages from '../../_locales/id/messages.json?tooltip';
import { createTranslator } from '../core/create-translator';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';

/** Bundled, because a service worker cannot load a language on demand. */
export const TOOLTIP_TRANSLATORS: Readonly<Record<Language, Translate>> = {
  en: createTranslator(englishTooltipMessages),
  id: createTranslator(indonesianTooltipMessages),
};
