import type { MessageKey, Translate } from './messages';

export interface LocaleMessage {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}

export type LocaleMessages = Readonly<Record<string, LocaleMessage>>;

function substitute(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\d)/g, (_match, index: string) => substitutions[Number(index) - 1] ?? '');
}

/**
 * A `Translate` over one `messages.json`, following the WebExtension i18n rules
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/i18n/Locale-Specific_Message_reference):
 * named `$PLACEHOLDER$`s (case-insensitive) take their `content`, in which `$1`…`$9` are the
 * substitutions, and `$$` is a literal dollar sign. Used where the browser's own i18n cannot
 * reach: tests, and text for a language other than the browser's.
 */
export function createTranslator(messages: LocaleMessages): Translate {
  return (key: MessageKey, substitutions: readonly string[] = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]),
    );
    return entry.message
      .replace(/\$([a-zA-Z0-9_@]+)\$/g, (match, name: string) => {
        const content = placeholders.get(name.toLowerCase());
        return content === undefined ? match : substitute(content, substitutions);
      })
      .replace(/\$\$/g, '$');
  };
}
