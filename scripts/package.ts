/**
 * `npm run package`: release archives from the current build and checkout.
 *   dist/<name>-<version>-chrome.zip   dist/chrome, for the Chrome Web Store (its manifest without `key`)
 *   dist/<name>-<version>-firefox.zip  dist/firefox, for addons.mozilla.org
 *   dist/<name>-<version>-source.zip   every file git tracks, for AMO's source review
 * Reproducible: entries sorted, every timestamp fixed, so two runs give identical bytes.
 * `--out DIR` writes elsewhere (the tests compare two runs).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex >= 0 && process.argv[outIndex + 1] ? resolve(process.argv[outIndex + 1]!) : join(root, 'dist');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

// Zip stores local wall-clock fields, so build the date from local fields: the same bytes in every zone.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * The Chrome Web Store refuses a manifest with a `key` ("key field is not allowed in manifest",
 * https://stackoverflow.com/questions/21497781) and assigns its own id; the key in dist/chrome
 * only fixes the id of unpacked and self-hosted copies (docs/ADMINS.md).
 */
function toStoreManifest(bytes: Buffer): Buffer {
  const manifest = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  delete manifest['key'];
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
}

function writeZip(fileName: string, baseDir: string, files: readonly string[], transform: (file: string, bytes: Buffer) => Buffer = (_file, bytes) => bytes): void {
  const entries: Zippable = {};
  for (const file of [...files].sort()) entries[file] = [transform(file, readFileSync(join(baseDir, file))), { mtime: FIXED_MTIME }];
  const archive = zipSync(entries, { level: 9, mtime: FIXED_MTIME });
  const path = join(outDir, fileName);
  writeFileSync(path, archive);
  console.log(`${relative(root, path)}  ${archive.length} bytes  sha256 ${createHash('sha256').update(archive).digest('hex')}`);
}

mkdirSync(outDir, { recursive: true });
for (const target of ['chrome', 'firefox'] as const) {
  const targetDir = join(root, 'dist', target);
  const transform = target === 'chrome' ? (file: string, bytes: Buffer) => (file === 'manifest.json' ? toStoreManifest(bytes) : bytes) : undefined;
  writeZip(`${name}-${version}-${target}.zip`, targetDir, listFiles(targetDir).map((file) => relative(targetDir, file)), transform);
}
const trackedFiles = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
writeZip(`${name}-${version}-source.zip`, root, trackedFiles);
