import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileMessages, type LocaleMessages } from '../src/core/create-translator.ts';
import { BUNDLE_NAMES, selectBundleKeys, type BundleName } from './message-bundles.ts';

const BUNDLE_IMPORT = /^(.*[\\/]_locales)[\\/]([a-z]+)[\\/]messages\.json\?bundle=([a-z]+)$/;
/**
 * `\0message-bundle:<_locales folder>/messages-<part>-<language>.js`: the chunk is named after the
 * file name (`chunks/messages-popup-en.js`), and the .js ending keeps Vite's JSON plugin away.
 */
const MODULE_PREFIX = '\0message-bundle:';
const MODULE_FILE_NAME = /^(.*)[\\/]messages-([a-z]+)-([a-z]+)\.js$/;

function isBundleName(name: string): name is BundleName {
  return (BUNDLE_NAMES as readonly string[]).includes(name);
}

/**
 * The module of one part's messages in one language: the compiled messages as a `JSON.parse` of a
 * string literal, which engines parse faster than the same object literal, and which is about as
 * small once compressed (Vite's own JSON import would export every key by name as well).
 */
export function createMessageBundleModule(localeFile: string, name: BundleName): string {
  const messages = JSON.parse(readFileSync(localeFile, 'utf8')) as LocaleMessages;
  const compiled = compileMessages(messages, selectBundleKeys(name, Object.keys(messages)));
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
}

/**
 * Resolves `_locales/<lang>/messages.json?bundle=<part>` (scripts/message-bundles.ts) to that
 * part's messages in that language, compiled (src/core/create-translator.ts).
 */
export function createLocaleMessagesPlugin(): Plugin {
  return {
    name: 'locale-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      const match = BUNDLE_IMPORT.exec(source);
      if (!match || !importer) return null;
      const [, localesFolder = '', language = '', name = ''] = match;
      if (!isBundleName(name)) throw new Error(`"${source}": no message bundle "${name}" (scripts/message-bundles.ts has ${BUNDLE_NAMES.join(', ')}).`);
      return `${MODULE_PREFIX}${join(resolve(dirname(importer), localesFolder), `messages-${name}-${language}.js`)}`;
    },
    load(id) {
      if (!id.startsWith(MODULE_PREFIX)) return null;
      const [, localesFolder = '', name = '', language = ''] = MODULE_FILE_NAME.exec(id.slice(MODULE_PREFIX.length)) ?? [];
      if (!isBundleName(name)) return null;
      const path = join(localesFolder, language, 'messages.json');
      this.addWatchFile(path);
      return createMessageBundleModule(path, name);
    },
  };
}
