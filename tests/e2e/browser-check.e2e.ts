/// <reference types="chrome" />
/**
 * "Check this browser for Kaspersky extensions" in real Chromium, with a dummy extension named
 * like Kaspersky's loaded beside ours. Its name is a `__MSG_…__` placeholder, as Kaspersky's own
 * often is, so the check must match the name the browser resolved.
 *
 * As in reminders.e2e.ts, the `management` permission is allowed in the profile beforehand
 * (Chromium's prompt needs a real window); the check's click asks for it and gets it at once.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { grantOptionalPermissions } from './support/granted-permissions';
import { CHROME_DIST, getLiveWorker, launchExtension, openExtensionPage, type LaunchedExtension } from './support/launch-extension';
import { normalizeSpaces, poll } from './support/observe';

const DUMMY_NAME = 'Kaspersky Protection (test dummy)';
let workDir = '';
let profileDir = '';
let launched: LaunchedExtension | undefined;

async function writeDummyExtension(dir: string): Promise<void> {
  await mkdir(join(dir, '_locales', 'en'), { recursive: true });
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: '__MSG_name__', version: '1.0', default_locale: 'en' }));
  await writeFile(join(dir, '_locales', 'en', 'messages.json'), JSON.stringify({ name: { message: DUMMY_NAME } }));
}

async function launchBoth(dummyDir: string): Promise<LaunchedExtension> {
  return launchExtension({
    timeZone: 'America/New_York',
    language: 'en-US',
    profileDir,
    extraArgs: [`--disable-extensions-except=${CHROME_DIST},${dummyDir}`, `--load-extension=${CHROME_DIST},${dummyDir}`],
  });
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kbs-check-'));
  profileDir = join(workDir, 'profile');
  const dummyDir = join(workDir, 'dummy');
  await writeDummyExtension(dummyDir);
  const first = await launchBoth(dummyDir);
  await first.close({ keepProfile: true });
  await grantOptionalPermissions(profileDir, first.extensionId, ['management']);
  launched = await launchBoth(dummyDir);
});

afterAll(async () => {
  await launched?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('check this browser for Kaspersky extensions, in real Chromium', () => {
  test('finds the dummy by its resolved name, says how and whether it is on, then gives the permission back', async () => {
    const extension = launched!;
    const options = await openExtensionPage(extension, 'src/options.html');
    await options.getByRole('button', { name: 'Check this browser' }).click();
    const result = options.locator('#check-result');
    expect(await poll(async () => normalizeSpaces(await result.textContent()), (text) => text !== '')).toBe('Kaspersky extensions found in this browser: 1.');
    // In words, as the reader sees it before opening anything: the name, that it is on, and how
    // it was recognized; its id only under "Technical details", for a helper who needs it.
    const item = options.locator('.found-extensions li');
    const seen = normalizeSpaces(await item.innerText());
    expect(seen).toContain(`${DUMMY_NAME}, turned on`);
    expect(seen).toContain('Recognized by “Kaspersky” in its name.');
    expect(seen).not.toMatch(/[a-p]{32}/);
    const details = item.locator('details');
    await details.locator('summary', { hasText: 'Technical details' }).click();
    expect(normalizeSpaces(await details.innerText())).toMatch(/^Technical details Extension id: [a-p]{32}$/);

    const [extensionsPage] = await Promise.all([
      extension.context.waitForEvent('page'),
      options.getByRole('button', { name: `Open the extensions page for ${DUMMY_NAME}` }).click(),
    ]);
    expect(extensionsPage.url()).toMatch(/^chrome:\/\/extensions\/\?id=[a-p]{32}$/);
    await extensionsPage.close();

    await options.getByRole('button', { name: 'Done: give the permission back' }).click();
    expect(await poll(async () => normalizeSpaces(await result.textContent()), (text) => text.includes('given back'))).toBe(
      'The permission to see your extensions was given back.',
    );
    const worker = await getLiveWorker(extension);
    expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['management'] }))).toBe(false);
    expect(await options.locator('.found-extensions').count()).toBe(0);
  });

  test('says what no extension can see, with sourced steps for Windows, macOS and Android', async () => {
    const options = await openExtensionPage(launched!, 'src/options.html');
    const section = options.locator('#kaspersky-check');
    await section.waitFor();
    expect(normalizeSpaces(await section.textContent())).toContain('it cannot see programs installed on your device');
    expect(await section.locator('.statements li').count()).toBe(3);
    const hosts = await section.locator('a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).host));
    expect(hosts).toEqual(['developer.chrome.com', 'learn.microsoft.com', 'support.microsoft.com', 'support.apple.com', 'support.google.com']);
  });
});
