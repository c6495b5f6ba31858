import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID, listReferencedFiles, MANAGED_SCHEMA_PATH, toTargetManifest, type SourceManifest } from '../../scripts/manifest-plugin';
import { REGION_IDS } from '../../src/core/regions';
import { toChromeExtensionId } from '../e2e/support/chromium-policy';

const ROOT = resolve(import.meta.dirname, '../..');
interface RootManifest extends SourceManifest {
  permissions: string[];
  version: string;
  name: string;
  description: string;
  default_locale: string;
  content_security_policy: { extension_pages: string };
}

/** A property of the policy schema, as far as Chrome's JSON-schema subset goes here. */
interface PolicySchemaProperty {
  type: string;
  title?: string;
  description?: string;
  enum?: unknown[];
}

const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as RootManifest;
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
const managedSchema = JSON.parse(readFileSync(resolve(ROOT, MANAGED_SCHEMA_PATH), 'utf8')) as Record<string, unknown> & {
  properties: Record<string, PolicySchemaProperty>;
};
const adminsGuide = readFileSync(resolve(ROOT, 'docs/ADMINS.md'), 'utf8');

describe('source manifest', () => {
  test('asks for exactly storage and alarms, no hosts, no content scripts', () => {
    expect([...source.permissions].sort()).toEqual(['alarms', 'storage']);
    // Asked for in the user's click and given back when done: reminders and the browser check.
    expect(source['optional_permissions']).toEqual(['notifications', 'management']);
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

  test('its key gives the Chrome extension id administrators are told (CHROME_EXTENSION_ID)', () => {
    expect(source.key).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(toChromeExtensionId(source.key)).toBe(CHROME_EXTENSION_ID);
  });

  test('its name and description come from the locales', () => {
    expect(source.name).toBe('__MSG_extension_name__');
    expect(source.description).toBe('__MSG_extension_description__');
    expect(source.default_locale).toBe('en');
  });
});

describe('toTargetManifest', () => {
  test('Chrome gets a module service worker, the stamped version, the key and the policy schema', () => {
    const chrome = toTargetManifest(source, 'chrome', version);
    expect(chrome).toMatchObject({
      version,
      key: source.key,
      background: { service_worker: 'background.js', type: 'module' },
      storage: { managed_schema: 'src/managed-schema.json' },
    });
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

  test('Firefox gets neither the key nor the policy schema: its id is the add-on id, and it reads policy without a schema', () => {
    const firefox = toTargetManifest(source, 'firefox', version);
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('storage');
  });

  test('both keep the same permissions, pages and icons', () => {
    const chrome = toTargetManifest(source, 'chrome', version);
    const firefox = toTargetManifest(source, 'firefox', version);
    for (const key of ['permissions', 'optional_permissions', 'action', 'options_ui', 'icons', 'content_security_policy']) expect(firefox[key]).toEqual(chrome[key]);
  });
});

describe('listReferencedFiles', () => {
  test('finds the policy schema in the Chrome manifest', () => {
    expect(listReferencedFiles(toTargetManifest(source, 'chrome', version))).toContain('src/managed-schema.json');
  });

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

// https://developer.chrome.com/docs/extensions/reference/manifest/storage
describe('the policy schema (src/managed-schema.json)', () => {
  test('follows Chrome\'s rules: a top-level object without additionalProperties, one type per property', () => {
    expect(managedSchema['type']).toBe('object');
    expect(managedSchema).not.toHaveProperty('additionalProperties');
    for (const [name, property] of Object.entries(managedSchema.properties)) {
      expect(['string', 'boolean'], name).toContain(property.type);
      expect(Object.keys(property).filter((key) => !['type', 'title', 'description', 'enum'].includes(key)), name).toEqual([]);
      expect(property.title, name).toBeTruthy();
      expect(property.description, name).toBeTruthy();
    }
  });

  test('declares exactly the policies of the admin guide, with region one of the regions users can pick', () => {
    expect(managedSchema.properties).toEqual({
      region: expect.objectContaining({ type: 'string', enum: [...REGION_IDS] }) as unknown,
      lockRegion: expect.objectContaining({ type: 'boolean' }) as unknown,
      showBadge: expect.objectContaining({ type: 'boolean' }) as unknown,
      enableReminders: expect.objectContaining({ type: 'boolean' }) as unknown,
    });
    for (const name of Object.keys(managedSchema.properties)) expect(adminsGuide, name).toContain(`\`${name}\``);
    for (const region of REGION_IDS) expect(adminsGuide, region).toContain(`\`${region}\``);
  });
});

describe('docs/ADMINS.md', () => {
  test('gives the extension ids the build produces', () => {
    expect(adminsGuide).toContain(CHROME_EXTENSION_ID);
    expect(adminsGuide).toContain(GECKO_ID);
  });
});
