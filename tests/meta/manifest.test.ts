import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GECKO_ID, listReferencedFiles, toTargetManifest, type SourceManifest } from '../../scripts/manifest-plugin';

const ROOT = resolve(import.meta.dirname, '../..');
interface RootManifest extends SourceManifest {
  permissions: string[];
  version: string;
  name: string;
  description: string;
  default_locale: string;
  content_security_policy: { extension_pages: string };
}

const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as RootManifest;
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('source manifest', () => {
  test('asks for exactly storage and alarms, no hosts, no content scripts', () => {
    expect([...source.permissions].sort()).toEqual(['alarms', 'storage']);
    for (const key of ['host_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources']) {
      expect(source).not.toHaveProperty(key);
    }
  });

  test('extension pages may connect nowhere and run only packaged scripts', () => {
    const policy = source.content_security_policy.extension_pages;
    expect(policy).toMatch(/connect-src 'none'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  test('is a development build (0.0.0); the real version comes from package.json', () => {
    expect(source.version).toBe('0.0.0');
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('its name and description come from the locales', () => {
    expect(source.name).toBe('__MSG_extension_name__');
    expect(source.description).toBe('__MSG_extension_description__');
    expect(source.default_locale).toBe('en');
  });
});

describe('toTargetManifest', () => {
  test('Chrome gets a module service worker and the stamped version', () => {
    const chrome = toTargetManifest(source, 'chrome', version);
    expect(chrome).toMatchObject({ version, background: { service_worker: 'background.js', type: 'module' } });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  test('Firefox gets an event page, an add-on id, a minimum version and says no data is collected', () => {
    const firefox = toTargetManifest(source, 'firefox', version);
    expect(firefox).toMatchObject({
      version,
      background: { scripts: ['background.js'], type: 'module' },
      browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } },
    });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox['background']).not.toHaveProperty('service_worker');
  });

  test('both keep the same permissions, pages and icons', () => {
    const chrome = toTargetManifest(source, 'chrome', version);
    const firefox = toTargetManifest(source, 'firefox', version);
    for (const key of ['permissions', 'action', 'options_ui', 'icons', 'content_security_policy']) expect(firefox[key]).toEqual(chrome[key]);
  });
});

describe('listReferencedFiles', () => {
  test('finds pages, scripts and icons wherever they are nested', () => {
    expect(listReferencedFiles(toTargetManifest(source, 'firefox', version)).sort()).toEqual([
      'background.js',
      'icons/icon-128.png',
      'icons/icon-16.png',
      'icons/icon-32.png',
      'icons/icon-48.png',
      'src/options.html',
      'src/popup.html',
    ]);
  });
});
