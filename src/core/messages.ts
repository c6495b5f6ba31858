import type englishMessages from '../../_locales/en/messages.json';

/** A key of the locale files; English (`_locales/en/messages.json`) is the reference every locale matches. */
export type MessageKey = keyof typeof englishMessages;

/**
 * Looks up a message in the reader's language. Injected so that the core stays free of the
 * browser's i18n API and tests can check wording in any language.
 */
export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;
