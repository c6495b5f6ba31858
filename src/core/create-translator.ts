import type { MessageKey, Translate } from './messages';

/** One entry of a `_locales/<lang>/messages.json`, as translators write it. */
export interface LocaleMessage {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}

export type LocaleMessages = Readonly<Record<string, LocaleMessage>>;

/**
 * Messages as the extension ships them: key → text, each named placeholder already replaced by its
 * content, so only `$1`…`$9` (substitutions) and `$$` (a dollar sign) are left to fill in.
 */
export type CompiledMessages = Readonly<Record<string, string>>;

/**
 * Applies the WebExtension i18n rules for named placeholders ahead of time
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/i18n/Locale-Specific_Message_reference):
 * each `$PLACEHOLDER$` (case-insensitive) becomes its `content`. Descriptions and examples, which
 * are for translators, are left out. Run at build time for the bundles, and by tests.
 */
export function compileMessages(messages: LocaleMessages, keys: readonly string[] = Object.keys(messages)): CompiledMessages {
  return Object.fromEntries(
    keys.map((key) => {
      const entry = messages[key];
      if (!entry) throw new Error(`No message "${key}" to compile.`);
      const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
      return [key, entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (match, name: string) => placeholders.get(name.toLowerCase()) ?? match)];
    }),
  );
}

/**
 * A `Translate` over compiled messages: `$1`…`$9` take the substitutions, `$$` is a literal dollar
 * sign. A key that is not there gives an empty string, as the browser's own i18n does, and is
 * passed to `onMissingKey`: a page's bundle holds only the messages that page shows, so a missing
 * one is a bug the caller wants to hear about.
 */
export function createTranslator(messages: CompiledMessages, onMissingKey?: (key: MessageKey) => void): Translate {
  return (key: MessageKey, substitutions: readonly string[] = []) => {
    const message = messages[key];
    if (message === undefined) {
      onMissingKey?.(key);
      return '';
    }
    return message.replace(/\$(?:(\d)|\$)/g, (_match, index: string | undefined) => (index === undefined ? '$' : (substitutions[Number(index) - 1] ?? '')));
  };
}
