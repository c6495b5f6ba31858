import englishMessages from '../../_locales/en/messages.json';
import spanishMessages from '../../_locales/es/messages.json';
import indonesianMessages from '../../_locales/id/messages.json';
import { createTranslator } from '../../src/core/create-translator';

export const translateEnglish = createTranslator(englishMessages);
export const translateIndonesian = createTranslator(indonesianMessages);
export const translateSpanish = createTranslator(spanishMessages);
