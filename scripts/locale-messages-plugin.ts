import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const LOCALE_MESSAGES = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;
const TOOLTIP_QUERY = '?tooltip';
/** Virtual module id of a tooltip subset; ends in .js, so Vite's JSON plugin leaves it alone. */
const TOOLTIP_MODULE_PREFIX = '\0tooltip-messages:';
const TOOLTIP_MODULE_SUFFIX = '.tooltip.js';

/**
 * The messages the badge tooltip can use. The service worker cannot load a language on demand
 * (dynamic `import()` is not allowed in service workers), so it bundles these few for every
 * language instead of whole locale files.
 */
export function isTooltipMessage(key: string): boolean {
  return key === 'tooltip' || key === 'locale_tag' || key.startsWith('region_') || key.startsWith('headline_') || key.endsWith('_headline');
}

interface RawMessage {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

/** Keeps what a translator needs (message and placeholder contents); drops translator notes. */
function toRuntimeMessages(raw: Readonly<Record<string, RawMessage>>, keep: (key: string) => boolean): Record<string, RawMessage> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => keep(key))
      .map(([key, { message, placeholders }]) => [
        key,
        placeholders
          ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }])) }
          : { message },
      ]),
  );
}

/**
 * Imports of `_locales/<lang>/messages.json` from code get only what runs: no descriptions or
 * examples. With `?tooltip`, only the messages the badge tooltip uses.
 */
export function createLocaleMessagesPlugin(): Plugin {
  return {
    name: 'locale-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(`messages.json${TOOLTIP_QUERY}`) || !importer) return null;
      return `${TOOLTIP_MODULE_PREFIX}${resolve(dirname(importer), source.slice(0, -TOOLTIP_QUERY.length))}${TOOLTIP_MODULE_SUFFIX}`;
    },
    load(id) {
      const isTooltip = id.startsWith(TOOLTIP_MODULE_PREFIX);
      const path = isTooltip ? id.slice(TOOLTIP_MODULE_PREFIX.length, -TOOLTIP_MODULE_SUFFIX.length) : id;
      if (!LOCALE_MESSAGES.test(path)) return null;
      this.addWatchFile(path);
      const messages = toRuntimeMessages(JSON.parse(readFileSync(path, 'utf8')) as Record<string, RawMessage>, isTooltip ? isTooltipMessage : () => true);
      // Vite's JSON plugin turns the full file into a module; the virtual subset must be one already.
      return isTooltip ? `export default ${JSON.stringify(messages)};` : JSON.stringify(messages);
    },
  };
}
