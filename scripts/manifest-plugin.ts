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

/**
 * The Chrome extension id the manifest's `key` gives every copy of the Chrome package (unpacked
 * `dist/chrome`, the release zip), so that administrators can address policy to it
 * (docs/ADMINS.md). Chrome derives it from the key: the first 32 hex digits of the SHA-256 of the
 * DER public key, 0-9a-f written as a-p (tests/e2e/policy.e2e.ts checks that against Chromium).
 * https://developer.chrome.com/docs/extensions/reference/manifest/key
 * tests/meta/manifest.test.ts recomputes it from manifest.json. A Chrome Web Store listing, or a
 * CRX packed with another key, has another id.
 */
export const CHROME_EXTENSION_ID = 'gagkddgemihflblmpbcioikbdkkligik';

/**
 * The enterprise policies Chrome accepts for this extension, in its JSON-schema subset. Firefox
 * needs neither this nor the key: it takes policy from policies.json ("3rdparty") without a schema,
 * and its add-on id is GECKO_ID.
 * https://developer.chrome.com/docs/extensions/reference/manifest/storage
 */
export const MANAGED_SCHEMA_PATH = 'src/managed-schema.json';

/** Firefox 142 understands `data_collection_permissions`, so AMO and web-ext need no warning. */
const FIREFOX_MIN_VERSION = '142.0';

/** The root manifest.json, as far as the build needs to know it. */
export type SourceManifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string };
  /** Base64 DER public key: fixes the Chrome extension id (CHROME_EXTENSION_ID). */
  key: string;
};

const BACKGROUND_OUTPUT = 'background.js';

/**
 * Applies the browser differences to the one source manifest: Chrome keeps a service worker, its
 * key and the policy schema; Firefox runs the same module as an event page and needs its add-on id
 * and data declaration.
 */
export function toTargetManifest(source: SourceManifest, target: BrowserTarget, version: string): Record<string, unknown> {
  const { background, minimum_chrome_version: minimumChromeVersion, key, ...common } = source;
  if (target === 'chrome') {
    return {
      ...common,
      version,
      key,
      minimum_chrome_version: minimumChromeVersion,
      background: { ...background, service_worker: BACKGROUND_OUTPUT },
      storage: { managed_schema: MANAGED_SCHEMA_PATH },
    };
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

/** Every package path a manifest points at (icons, pages, scripts, the policy schema), to check they were built. */
export function listReferencedFiles(manifest: Record<string, unknown>): string[] {
  const paths: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string' && /\.(png|svg|html|js|json)$/.test(value) && key !== 'id') paths.push(value);
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
 * Writes the target's manifest.json and copies `_locales/`, the icon PNGs and, for Chrome, the
 * policy schema. Runs last (`enforce: 'post'`) so the HTML pages are already in the bundle when
 * references are checked.
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
      if (target === 'chrome') copy(join(root, MANAGED_SCHEMA_PATH));

      const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as SourceManifest;
      const manifest = toTargetManifest(source, target, version);
      const missing = listReferencedFiles(manifest).filter((path) => !produced.has(path));
      if (missing.length > 0) this.error(`manifest.json points at files the build did not produce: ${missing.join(', ')}`);
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
