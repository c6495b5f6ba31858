import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import { selectBundledData, type BundledDataModuleId } from '../../scripts/bundled-data-plugin';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { MILESTONES } from '../../src/core/milestones';
import { BROWSER_MESSAGES, BUNDLE_NAMES, matchesAnyPattern, MESSAGE_BUNDLES, selectBundleKeys, type BundleName } from '../../scripts/message-bundles';

const ROOT = resolve(import.meta.dirname, '../..');
const KEYS = Object.keys(englishMessages);
const ENTRIES: Readonly<Record<BundleName, string>> = { popup: 'src/popup.tsx', options: 'src/options.tsx', background: 'src/background.ts' };

/** Modules the build makes (vite.config.ts), as the data that holds their keys. */
const VIRTUAL_MODULES: Readonly<Record<string, () => string>> = Object.fromEntries(
  (['virtual:milestone-facts', 'virtual:milestone-texts', 'virtual:checklist-facts'] satisfies BundledDataModuleId[]).map((id) => [id, () => JSON.stringify(selectBundledData(id, MILESTONES, CHECKLIST_GROUPS))]),
);

/** Imports that load code at run time: static (not `import type`), re-exports, and dynamic `import()`. */
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)(?!\s+type\b)[^;'"]*?from\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(importer: string, specifier: string): string | undefined {
  // Packages hold no message keys; message bundles are what this test checks against.
  if (!specifier.startsWith('.') || specifier.includes('?bundle=')) return undefined;
  const base = resolve(dirname(importer), specifier);
  const file = ['', '.ts', '.tsx', '/index.ts'].map((ending) => `${base}${ending}`).find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
  if (!file) throw new Error(`${relative(ROOT, importer)} imports "${specifier}", which this test cannot find.`);
  return file;
}

/** Every module a part loads, following static and dynamic imports from its entry: source files, and the build's own modules. */
function listLoadedFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || file.endsWith('.json')) return;
    seen.add(file);
    if (file in VIRTUAL_MODULES) return;
    const code = readFileSync(file, 'utf8');
    for (const match of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]) {
      const target = match[1]! in VIRTUAL_MODULES ? match[1]! : resolveImport(file, match[1]!);
      if (target) visit(target);
    }
  };
  visit(resolve(ROOT, entry));
  return [...seen];
}

function readModule(file: string): string {
  return VIRTUAL_MODULES[file]?.() ?? readFileSync(file, 'utf8');
}

/** Message keys written as string literals in a part's code (in data, tables or `translate(…)` calls). */
function listKeysInCode(name: BundleName): string[] {
  const code = listLoadedFiles(ENTRIES[name]).map(readModule).join('\n');
  const literals = new Set([...code.matchAll(/['"`]([a-z][a-z0-9_]*)['"`]/g)].map((match) => match[1]!));
  return KEYS.filter((key) => literals.has(key) && !BROWSER_MESSAGES.includes(key));
}

describe('message bundles', () => {
  test('every English message is in a bundle, or is read by the browser itself', () => {
    const bundled = new Set(BUNDLE_NAMES.flatMap((name) => selectBundleKeys(name, KEYS)));
    const unbundled = KEYS.filter((key) => !BROWSER_MESSAGES.includes(key) && !bundled.has(key));
    expect(unbundled).toEqual([]);
  });

  test('the messages the browser reads are real keys', () => {
    expect(KEYS).toEqual(expect.arrayContaining([...BROWSER_MESSAGES]));
  });

  test.each(BUNDLE_NAMES)('%s: every pattern names at least one message (none left behind by a rename)', (name) => {
    const { shows, carries } = MESSAGE_BUNDLES[name];
    for (const pattern of [...shows, ...carries]) expect(KEYS.some((key) => matchesAnyPattern(key, [pattern])), pattern).toBe(true);
  });

  test.each(BUNDLE_NAMES)('%s: every key written in the code it loads is in its bundle, or declared as carried only', (name) => {
    const { shows, carries } = MESSAGE_BUNDLES[name];
    const undeclared = listKeysInCode(name).filter((key) => !matchesAnyPattern(key, shows) && !matchesAnyPattern(key, carries));
    expect(undeclared).toEqual([]);
  });

  test.each(BUNDLE_NAMES)('%s: every message in its bundle is written in the code it loads (none shipped for nothing)', (name) => {
    const keysInCode = listKeysInCode(name);
    expect(selectBundleKeys(name, KEYS).filter((key) => !keysInCode.includes(key))).toEqual([]);
  });

  test.each(BUNDLE_NAMES)('%s: every carried pattern is needed: its code holds such a key, outside the bundle', (name) => {
    const { shows, carries } = MESSAGE_BUNDLES[name];
    const carried = listKeysInCode(name).filter((key) => !matchesAnyPattern(key, shows));
    const unneeded = carries.filter((pattern) => !carried.some((key) => matchesAnyPattern(key, [pattern])));
    expect(unneeded).toEqual([]);
  });

  test('the check follows imports: the popup loads its app, the background its translators, and neither loads the other entry', () => {
    const popup = listLoadedFiles(ENTRIES.popup).map((file) => relative(ROOT, file));
    const background = listLoadedFiles(ENTRIES.background).map((file) => relative(ROOT, file));
    expect(popup).toEqual(expect.arrayContaining(['src/ui/popup-app.tsx', 'src/ui/checklist-section.tsx', 'src/core/build-milestone-calendar.ts']));
    expect(background).toEqual(expect.arrayContaining(['src/background/worker-translators.ts', 'src/core/describe-notifications.ts', 'virtual:milestone-facts', 'virtual:checklist-facts']));
    expect(background).not.toContain('virtual:milestone-texts');
    expect(background.filter((file) => file.startsWith('src/ui/') || file.endsWith('milestones.ts') || file.endsWith('checklist-groups.ts'))).toEqual([]);
    expect(listKeysInCode('background')).toEqual(expect.arrayContaining(['m_us_updates_end_title', 'm_us_updates_end_headline']));
    expect(listKeysInCode('options')).toContain('options_reset_confirm');
  });
});
