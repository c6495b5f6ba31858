import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const LOCALE_MESSAGES = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;
const WORKER_QUERY = '?worker';
/** Virtual module id of the worker's subset; ends in .js, so Vite's JSON plugin leaves it alone. */
const WORKER_MODULE_PREFIX = '\0worker-messages:';
const WORKER_MODULE_SUFFIX = '.worker.js';

/**
 * The messages the background can use: the badge tooltip (with its sentence on the checklist), and the notifications of reminders and
 * of changed facts (which name milestones by their titles, and approximate dates by part of the month). The service worker cannot load a
 * language on demand (dynamic `import()` is not allowed in service workers), so it bundles these
 * few for every language instead of whole locale files.
 */
export function isWorkerMessage(key: string): boolean {
  return (
    key === 'tooltip' ||
    key.startsWith('tooltip_') ||
    key === 'locale_tag' ||
    key.startsWith('region_') ||
    key.startsWith('headline_') ||
    key.endsWith('_headline') ||
    key.startsWith('notification_') ||
    key.startsWith('fact_change_') ||
    key.startsWith('date_') ||
    key === 'timeline_today' ||
    key === 'timeline_just_now' ||
    /^m_\w+_title$/.test(key)
  );
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
 * examples. With `?worker`, only the messages the background uses.
 */
export function createLocaleMessagesPlugin(): Plugin {
  return {
    name: 'locale-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(`messages.json${WORKER_QUERY}`) || !importer) return null;
      return `${WORKER_MODULE_PREFIX}${resolve(dirname(importer), source.slice(0, -WORKER_QUERY.length))}${WORKER_MODULE_SUFFIX}`;
    },
    load(id) {
      const isTooltip = id.startsWith(WORKER_MODULE_PREFIX);
      const path = isTooltip ? id.slice(WORKER_MODULE_PREFIX.length, -WORKER_MODULE_SUFFIX.length) : id;
      if (!LOCALE_MESSAGES.test(path)) return null;
      this.addWatchFile(path);
      const messages = toRuntimeMessages(JSON.parse(readFileSync(path, 'utf8')) as Record<string, RawMessage>, isTooltip ? isWorkerMessage : () => true);
      // Vite's JSON plugin turns the full file into a module; the virtual subset must be one already.
      return isTooltip ? `export default ${JSON.stringify(messages)};` : JSON.stringify(messages);
    },
  };
}
