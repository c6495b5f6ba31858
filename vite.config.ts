import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { createBundledDataPlugin } from './scripts/bundled-data-plugin.ts';
import { createFirstPaintPlugin } from './scripts/first-paint-plugin.ts';
import { createLocaleMessagesPlugin } from './scripts/locale-messages-plugin.ts';
import { createManifestPlugin, isBrowserTarget } from './scripts/manifest-plugin.ts';

const root = import.meta.dirname;

export default defineConfig(({ mode }) => {
  if (!isBrowserTarget(mode)) throw new Error(`Build with --mode chrome or --mode firefox, not "${mode}".`);
  // Every build is a release build, whatever NODE_ENV the caller has (vitest sets `test`): Vite
  // decides after reading this file, and a development JSX transform would embed absolute paths,
  // so the AMO source archive would no longer rebuild the same bytes.
  // https://vite.dev/guide/env-and-mode#node-env-and-modes
  process.env['NODE_ENV'] = 'production';
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const define = { __EXTENSION_VERSION__: JSON.stringify(version) };
  return {
    root,
    base: '',
    publicDir: false,
    define,
    build: {
      outDir: resolve(root, 'dist', mode),
      emptyOutDir: true,
      target: 'es2022',
      // Extension pages load from the package itself; nothing is fetched, so no preload helper.
      modulePreload: false,
      rolldownOptions: {
        input: {
          popup: resolve(root, 'src/popup.html'),
          options: resolve(root, 'src/options.html'),
          background: resolve(root, 'src/background.ts'),
        },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name].js',
          // The one stylesheet would otherwise be named after whichever chunk imported it first.
          assetFileNames: ({ names }) => (names.some((name) => name.endsWith('.css')) ? 'assets/styles.css' : 'assets/[name][extname]'),
          // Named chunks, so the size report and reviewers see what each file holds.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact/ },
              { name: 'webextension-polyfill', test: /node_modules[\\/]webextension-polyfill/ },
              { name: 'date-fns', test: /node_modules[\\/]date-fns/ },
              // The milestones' facts, which the background and the pages load (scripts/bundled-data-plugin.ts).
              { name: 'milestones', test: /^\0virtual:milestone-facts$/ },
            ],
          },
        },
      },
    },
    plugins: [createLocaleMessagesPlugin(), createBundledDataPlugin(), createManifestPlugin({ root, target: mode, version }), createFirstPaintPlugin({ root, define })],
  };
});
