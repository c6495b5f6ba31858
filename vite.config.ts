import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { createBackgroundDataPlugin } from './scripts/background-data-plugin.ts';
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
  return {
    root,
    base: '',
    publicDir: false,
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
              // No group for the data (milestones.ts, checklist-groups.ts): a group takes the modules it
              // imports along (regions.ts…), and the background, which needs those but only the data's
              // facts (scripts/background-data-plugin.ts), would then load the whole data with them.
            ],
          },
        },
      },
    },
    plugins: [createLocaleMessagesPlugin(), createBackgroundDataPlugin(), createManifestPlugin({ root, target: mode, version })],
  };
});
