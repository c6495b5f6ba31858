import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export const BROWSER_TARGETS = ['chrome', 'firefox'] as const;
export type BrowserTarget = (typeof BROWSER_TARGETS)[number];

export function isBrowserTarget(value: string): value is BrowserTarget {
  return (BROWSER_TARGETS as readonly string[]).includes(value);
}

/** Fixed so that policies, storage and the Firefox sync area survive reinstalls. */
export const GECKO_ID = 'kaspersky-ban-status@unofficial.example';

/** Firefox 142 understands `data_collection_permissions`, so AMO and web-ext need no warning. */
const FIREFOX_MIN_VERSION = '142.0';

/** The root manifest.json, as far as the build needs to know it. */
export type SourceManifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string };
};

const BACKGROUND_OUTPUT = 'background.js';

/**
 * Applies the browser differences to the one source manifest: Chrome keeps a service worker;
 * Firefox runs the same module as an event page and needs its add-on id and data declaration.
 */
export function toTargetManifest(source: SourceManifest, target: BrowserTarget, version: string): Record<string, unknown> {
  const { background, minimum_chrome_version: minimumChromeVersion, ...common } = source;
  if (target === 'chrome') {
    return { ...common, version, minimum_chrome_version: minimumChromeVersion, background: { ...background, service_worker: BACKGROUND_OUTPUT } };
  }
  return {
    ...common,
    version,
    background: { scripts: [BACKGROUND_OUTPUT], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

/** Every package path a manifest points at (icons, pages, scripts), to check they were built. */
export function listReferencedFiles(manifest: Record<string, unknown>): string[] {
  const paths: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string' && /\.(png|svg|html|js)$/.test(value) && key !== 'id') paths.push(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([childKey, child]) => visit(child, childKey));
  };
  visit(manifest, '');
  return [...new Set(paths)];
}

interface ManifestPluginOptions {
  readonly root: string;
  readonly target: BrowserTarget;
  readonly version: string;
}

/**
 * Writes the target's manifest.json and copies `_locales/` and the icon PNGs. Runs last
 * (`enforce: 'post'`) so the HTML pages are already in the bundle when references are checked.
 */
export function createManifestPlugin({ root, target, version }: ManifestPluginOptions): Plugin {
  return {
    name: 'extension-manifest',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const produced = new Set(Object.keys(bundle));
      const copy = (path: string): void => {
        const fileName = relative(root, path);
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
        produced.add(fileName);
      };
      for (const locale of readdirSync(join(root, '_locales'))) copy(join(root, '_locales', locale, 'messages.json'));
      for (const icon of readdirSync(join(root, 'icons')).filter((name) => name.endsWith('.png'))) copy(join(root, 'icons', icon));

      const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as SourceManifest;
      const manifest = toTargetManifest(source, target, version);
      const missing = listReferencedFiles(manifest).filter((path) => !produced.has(path));
      if (missing.length > 0) this.error(`manifest.json points at files the build did not produce: ${missing.join(', ')}`);
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
