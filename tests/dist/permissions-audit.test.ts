import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');
const TARGETS = ['chrome', 'firefox'] as const;
/** Optional permissions an issue has asked for (issue 4): reminders, and the check for Kaspersky extensions. */
const ALLOWED_OPTIONAL_PERMISSIONS: readonly string[] = ['notifications', 'management'];

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe.each(TARGETS)('the built %s package', (target) => {
  const root = join(DIST, target);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const scripts = listFiles(root).filter((file) => file.endsWith('.js'));

  test('asks for exactly storage and alarms at install, and only the allowed optional permissions later', () => {
    expect([...(manifest['permissions'] as string[])].sort()).toEqual(['alarms', 'storage']);
    expect([...(manifest['optional_permissions'] as string[])].sort()).toEqual([...ALLOWED_OPTIONAL_PERMISSIONS].sort());
  });

  test('has no host access, content scripts or pages exposed to the web', () => {
    for (const key of ['host_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest).not.toHaveProperty(key);
    }
  });

  test('forbids every connection and foreign script in its pages', () => {
    const policy = (manifest['content_security_policy'] as { extension_pages: string }).extension_pages;
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toMatch(/script-src 'self'(;|$)/);
  });

  test('ships no eval, no code built from strings, and loads no remote script', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(|import\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon/);
    }
    for (const page of listFiles(root).filter((file) => file.endsWith('.html'))) {
      expect(readFileSync(page, 'utf8'), page).not.toMatch(/<script[^>]+src=["']?https?:|<link[^>]+href=["']?https?:/);
    }
  });
});
