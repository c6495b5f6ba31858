import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

const sourceFiles = listFiles(join(ROOT, 'src')).map((file) => ({ path: relative(ROOT, file), text: readFileSync(file, 'utf8') }));

describe('source conventions', () => {
  test.each([
    ['HTML injection (the Firefox lint warning on Preact is safe only while this holds)', /dangerouslySetInnerHTML|\.innerHTML\b|outerHTML|insertAdjacentHTML/],
    ['eval or code built from strings', /\beval\(|new Function\(/],
    ['network requests', /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/],
    ['a bare YYYY-MM-DD parsed by Date (it is UTC and shows the day before west of Greenwich)', /new Date\(\s*['"`]\d{4}-\d{2}-\d{2}['"`]\s*\)/],
    ['messaging between pages (they compute from the same core instead)', /runtime\.(sendMessage|onMessage|connect)\b/],
  ])('src/ has no %s', (_what, pattern) => {
    expect(sourceFiles.filter((file) => pattern.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  test('webextension-polyfill is imported in exactly one file', () => {
    const importers = sourceFiles.filter((file) => /from 'webextension-polyfill'/.test(file.text)).map((file) => file.path);
    expect(importers).toEqual(['src/platform/browser.ts']);
  });

  test('file names are kebab-case', () => {
    const names = [...listFiles(join(ROOT, 'src')), ...listFiles(join(ROOT, 'tests')), ...listFiles(join(ROOT, 'scripts'))].map((file) => basename(file));
    expect(names.filter((name) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/.test(name))).toEqual([]);
  });
});
