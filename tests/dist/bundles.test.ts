import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import { BROWSER_MESSAGES, matchesAnyPattern, MESSAGE_BUNDLES, selectBundleKeys, type BundleName } from '../../scripts/message-bundles';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { MILESTONES } from '../../src/core/milestones';

const DIST = resolve(import.meta.dirname, '../../dist');
const TARGETS = ['chrome', 'firefox'] as const;
const KEYS = Object.keys(englishMessages);
const ENTRIES: Readonly<Record<BundleName, string>> = { popup: 'src/popup.html', options: 'src/options.html', background: 'background.js' };
const MESSAGE_CHUNK = /chunks\/messages-([a-z]+)-([a-z]+)\.js$/;

/** The scripts an entry loads: its page's script, then every import, static or dynamic. */
function listLoadedScripts(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    const references = file.endsWith('.html')
      ? [...text.matchAll(/src="([^"]+\.js)"/g)].map((match) => match[1]!)
      : [...text.matchAll(/(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)].map((match) => match[1]!);
    for (const reference of references) visit(join(dirname(file), reference));
  };
  visit(entry);
  return [...seen].filter((file) => file.endsWith('.js'));
}

describe.each(TARGETS)('the %s package', (target) => {
  const root = join(DIST, target);
  const loaded = (name: BundleName) => listLoadedScripts(root, ENTRIES[name]);
  const code = (files: readonly string[]) => files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');

  test('each page loads only its own messages, one chunk per language', () => {
    expect(loaded('popup').filter((file) => MESSAGE_CHUNK.test(file)).sort()).toEqual(['chunks/messages-popup-en.js', 'chunks/messages-popup-es.js', 'chunks/messages-popup-id.js']);
    expect(loaded('options').filter((file) => MESSAGE_CHUNK.test(file)).sort()).toEqual(['chunks/messages-options-en.js', 'chunks/messages-options-es.js', 'chunks/messages-options-id.js']);
    expect(loaded('background').filter((file) => MESSAGE_CHUNK.test(file))).toEqual([]);
  });

  test.each(['popup', 'options'] as const)('%s: each message chunk holds exactly the keys of its bundle', (name) => {
    for (const language of ['en', 'es', 'id']) {
      const chunk = readFileSync(join(root, `chunks/messages-${name}-${language}.js`), 'utf8');
      const keys = [...chunk.matchAll(/"([a-z][a-z0-9_]*)":/g)].map((match) => match[1]);
      expect(keys, language).toEqual(selectBundleKeys(name, KEYS));
    }
  });

  test.each(['popup', 'options', 'background'] as const)('%s: every key its shipped code holds is in its bundle, or declared as carried only', (name) => {
    const scripts = loaded(name).filter((file) => !MESSAGE_CHUNK.test(file));
    const literals = new Set([...code(scripts).matchAll(/["'`]([a-z][a-z0-9_]*)["'`]/g)].map((match) => match[1]));
    const { shows, carries } = MESSAGE_BUNDLES[name];
    const undeclared = KEYS.filter((key) => literals.has(key) && !BROWSER_MESSAGES.includes(key) && !matchesAnyPattern(key, [...shows, ...carries]));
    expect(undeclared).toEqual([]);
  });

  test.each(['popup', 'options', 'background'] as const)('%s: every message in its bundle is written in its shipped code (none shipped for nothing)', (name) => {
    const scripts = loaded(name).filter((file) => !MESSAGE_CHUNK.test(file));
    // The background's own messages are in its code too: leave them out.
    const shipped = code(scripts).replace(/JSON\.parse\(`\{"region_us":.*?\}`\)/gs, '');
    const literals = new Set([...shipped.matchAll(/["'`\\]([a-z][a-z0-9_]*)\\?["'`]/g)].map((match) => match[1]));
    expect(selectBundleKeys(name, KEYS).filter((key) => !literals.has(key))).toEqual([]);
  });

  test('the background holds its messages in three languages, and none of the pages\' alone', () => {
    const background = code(loaded('background'));
    expect(background.match(/"tooltip":/g)).toHaveLength(3);
    for (const key of ['mixup_cutoff_claim', 'options_heading', 'check_heading', 'step_windows_remove_kaspersky']) expect(background).not.toContain(`"${key}":`);
  });

  test('the background bundles the facts of the data, not its texts or sources, and no page code', () => {
    const scripts = loaded('background');
    expect(scripts.filter((file) => /preact|statement-list/.test(file))).toEqual([]);
    const background = code(scripts);
    const sources = [...MILESTONES.flatMap((milestone) => milestone.sources), ...CHECKLIST_GROUPS.flatMap((group) => group.steps.flatMap((step) => step.extraSources ?? []))];
    for (const { title, archiveUrl } of sources) {
      expect(background).not.toContain(title);
      expect(background).not.toContain(archiveUrl);
    }
    for (const milestone of MILESTONES) {
      expect(background).toContain(milestone.text.title);
      expect(background).not.toContain(milestone.text.summary);
      for (const { url } of milestone.sources) expect(background).toContain(url);
    }
  });
});
