/// <reference types="chrome" />
/**
 * The optional permissions in real Firefox ESR: reminders and the browser check ask for them in
 * the click and give them back, and the status page a reminder opens can mute its milestone.
 * Firefox shows its permission doorhanger only in a real window, so this profile lets optional
 * permissions be granted without it (`extensions.webextOptionalPermissionPrompts`); the page's
 * click still has to ask, as for a user.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, openExtensionPage, readMessageBeside, type LaunchedFirefox } from './support/launch-firefox';
import { normalizeSpaces, poll } from './support/observe';

let launched: LaunchedFirefox | undefined;

function firefox(): LaunchedFirefox {
  if (!launched) throw new Error('Firefox did not start (see beforeAll).');
  return launched;
}

async function text(page: Page, selector: string): Promise<string> {
  return normalizeSpaces(await page.$eval(selector, (element) => element.textContent));
}

function hasPermission(page: Page, permission: 'notifications' | 'management'): Promise<boolean> {
  return page.evaluate((name) => chrome.permissions.contains({ permissions: [name] }), permission);
}

beforeAll(async () => {
  launched = await launchFirefox({ timeZone: 'Europe/Berlin', extraPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });
});

afterAll(async () => {
  await launched?.close();
});

describe('optional permissions in Firefox ESR', () => {
  test('reminders: ticking asks for notifications and says they are on; unticking gives the permission back', async () => {
    const options = await openExtensionPage(firefox().browser, 'src/options.html', '#reminders-enabled');
    expect(await hasPermission(options, 'notifications')).toBe(false);
    await options.click('#reminders-enabled');
    expect(await poll(() => readMessageBeside(options, '#reminders-enabled'), (value) => value !== '')).toBe('Reminders on.');
    expect(await hasPermission(options, 'notifications')).toBe(true);

    await options.click('#reminders-enabled');
    expect(await poll(() => readMessageBeside(options, '#reminders-enabled'), (value) => value.startsWith('Reminders off'))).toBe(
      'Reminders off. The permission to show notifications was given back.',
    );
    expect(await poll(() => hasPermission(options, 'notifications'), (isGranted) => !isGranted)).toBe(false);
    await options.close();
  });

  test('the browser check asks for management, finds no Kaspersky extension, gives it back, and states its limit', async () => {
    const options = await openExtensionPage(firefox().browser, 'src/options.html', '#kaspersky-check');
    await options.click('#kaspersky-check > button');
    expect(await poll(() => text(options, '#check-result'), (value) => value !== '')).toBe(
      'No Kaspersky extension is installed in this browser. The permission to see your extensions was given back.',
    );
    expect(await hasPermission(options, 'management')).toBe(false);
    expect(await text(options, '#kaspersky-check')).toContain('it cannot see programs installed on your device');
    await options.close();
  });

  test('the status page a reminder opens names its milestone and mutes it', async () => {
    const page = await openExtensionPage(firefox().browser, 'src/popup.html?view=tab&milestone=us-updates-end', '#reminder-banner');
    expect(await text(page, '#reminder-banner p')).toBe('You opened a reminder about “Kaspersky updates end for U.S. users”.');
    await page.click('#reminder-banner button');
    expect(await poll(() => text(page, '#reminder-banner [role="status"]'), (value) => value !== '')).toContain('You will not be reminded about this again.');
    const stored = await page.evaluate(async () => (await chrome.storage.sync.get('settings'))['settings'] as { mutedMilestoneIds: string[] });
    expect(stored.mutedMilestoneIds).toEqual(['us-updates-end']);
    await page.close();
  });
});
