import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ScriptFiles } from './launch-measurement.ts';

/** The path inside the extension of a chrome-extension:// address. */
export function toPackagePath(url: string): string {
  return decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
}

/** Each file of `paths` (inside `dir`, each counted once) compressed on its own with gzip -9, and their sum. */
export function measureScriptFiles(dir: string, paths: readonly string[]): ScriptFiles {
  const files = [...new Set(paths)].sort().map((path) => ({ path, gzipBytes: gzipSync(readFileSync(join(dir, path)), { level: 9 }).length }));
  return { files, gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0) };
}

/** Every .js file in `dir`, at any depth, as paths inside it. */
export function listScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
