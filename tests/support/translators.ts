import englishMessages from '../../_locales/en/messages.json';
import spanishMessages from '../../_locales/es/messages.json';
import indonesianMessages from '../../_locales/id/messages.json';
import { compileMessages, createTranslator } from '../../src/core/create-translator';

export const translateEnglish = createTranslator(compileMessages(englishMessages));
export const translateIndonesian = createTranslator(compileMessages(indonesianMessages));
export const translateSpanish = createTranslator(compileMessages(spanishMessages));
