import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ARCHIVES = ['chrome', 'firefox', 'source'].map((kind) => `${name}-${version}-${kind}.zip`);

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function runPackage(outDir: string): void {
  execFileSync('npx', ['tsx', 'scripts/package.ts', '--out', outDir], { cwd: ROOT, stdio: 'pipe' });
}

describe('release packages (npm run package)', () => {
  let workDir = '';
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'kbs-package-'));
    runPackage(join(workDir, 'first'));
    runPackage(join(workDir, 'second'));
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  test.each(ARCHIVES)('%s is byte-for-byte the same on a second run', (archive) => {
    expect(readFileSync(join(workDir, 'second', archive)).equals(readFileSync(join(workDir, 'first', archive)))).toBe(true);
  });

  test.each(['chrome', 'firefox'])('the %s archive holds exactly dist/%s, entries sorted', (target) => {
    const entries = Object.keys(unzipSync(readFileSync(join(workDir, 'first', `${name}-${version}-${target}.zip`))));
    const built = listFiles(join(ROOT, 'dist', target)).map((file) => relative(join(ROOT, 'dist', target), file));
    expect(entries).toEqual([...built].sort());
    expect(entries).toContain('manifest.json');
  });

  test('the Chrome Web Store archive has no manifest key (the store refuses one and assigns the id); all else as built', () => {
    const storeManifest = JSON.parse(Buffer.from(unzipSync(readFileSync(join(workDir, 'first', `${name}-${version}-chrome.zip`)))['manifest.json']!).toString('utf8')) as Record<string, unknown>;
    const { key, ...built } = JSON.parse(readFileSync(join(ROOT, 'dist', 'chrome', 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(key).toEqual(expect.any(String));
    expect(storeManifest).toEqual(built);
  });

  test('the source archive builds the same Firefox package', () => {
    const sourceDir = join(workDir, 'source');
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(workDir, 'first', `${name}-${version}-source.zip`))))) {
      mkdirSync(dirname(join(sourceDir, path)), { recursive: true });
      writeFileSync(join(sourceDir, path), bytes);
    }
    // The reviewer runs `npm ci`; the same locked packages are already here.
    symlinkSync(join(ROOT, 'node_modules'), join(sourceDir, 'node_modules'), 'dir');
    execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], { cwd: sourceDir, stdio: 'pipe' });
    const rebuilt = join(sourceDir, 'dist', 'firefox');
    const original = join(ROOT, 'dist', 'firefox');
    const files = listFiles(original).map((file) => relative(original, file));
    expect(listFiles(rebuilt).map((file) => relative(rebuilt, file)).sort()).toEqual([...files].sort());
    for (const file of files) expect(readFileSync(join(rebuilt, file)).equals(readFileSync(join(original, file))), file).toBe(true);
  });
});
