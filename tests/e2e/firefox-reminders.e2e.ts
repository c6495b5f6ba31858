/// <reference types="chrome" />
/**
 * A reminder really shown by Firefox ESR, which has no notification buttons: the extension must
 * leave the "Don't remind me about this" button out there (src/platform/notifications.ts).
 *
 * As in reminders.e2e.ts, every bundled milestone is older than the data's review date, so the
 * test installs a copy of dist/firefox whose Australian removal deadline moves to 2027-04-01 00:00
 * in Sydney; its 7-day reminder falls on 2027-03-24T13:00:00Z. The background's clock is faked
 * (installFakeClock); the profile grants optional permissions without Firefox's doorhanger, which
 * needs a real window, but the options page's click still asks.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { replaceOnce } from './support/hardening-tools';
import {
  FIREFOX_DIST,
  fireUpdateAlarm,
  installFakeClock,
  launchFirefox,
  openExtensionPage,
  readBackgroundErrors,
  readMessageBeside,
  watchBackgroundErrors,
  type FirefoxRuntime,
  type LaunchedFirefox,
} from './support/launch-firefox';
import { poll } from './support/observe';

let workDir = '';
let launched: LaunchedFirefox | undefined;

interface NotificationRequest {
  readonly id: string;
  readonly title: string;
  readonly hasButtons: boolean;
  /** "shown" once Firefox accepted it, or the error it answered. */
  outcome: string;
}

/**
 * Records each notification the background asks Firefox for, and Firefox's answer. Headless
 * Firefox has no alert service: a notification closes at once, so `notifications.getAll()` is
 * empty by the time a test could look; the request and its accepted promise are what can be seen.
 */
async function recordNotifications(control: Page): Promise<void> {
  await control.evaluate(async () => {
    interface Background {
      browser: { notifications: { create(id: string, options: chrome.notifications.NotificationOptions): Promise<string> } };
      kbsNotificationRequests?: NotificationRequest[];
    }
    const background = (await (chrome.runtime as FirefoxRuntime).getBackgroundPage()) as unknown as Background | null;
    if (!background) throw new Error('The extension has no background page.');
    const requests: NotificationRequest[] = [];
    background.kbsNotificationRequests = requests;
    const notifications = background.browser.notifications;
    const realCreate = notifications.create.bind(notifications);
    const recordedCreate = async (id: string, options: chrome.notifications.NotificationOptions) => {
      const request: NotificationRequest = { id, title: options.title ?? '', hasButtons: 'buttons' in options, outcome: 'pending' };
      requests.push(request);
      try {
        const createdId = await realCreate(id, options);
        request.outcome = 'shown';
        return createdId;
      } catch (error) {
        request.outcome = String(error);
        throw error;
      }
    };
    Object.defineProperty(notifications, 'create', { value: recordedCreate, configurable: true, writable: true });
  });
}

async function readNotificationRequests(control: Page): Promise<NotificationRequest[]> {
  return control.evaluate(async () => {
    const background = (await (chrome.runtime as FirefoxRuntime).getBackgroundPage()) as unknown as { kbsNotificationRequests?: NotificationRequest[] } | null;
    return (background?.kbsNotificationRequests ?? []).map((request) => ({ ...request }));
  });
}

function firefox(): LaunchedFirefox {
  if (!launched) throw new Error('Firefox did not start (see beforeAll).');
  return launched;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kbs-firefox-reminders-'));
  const extensionDir = join(workDir, 'firefox');
  await cp(FIREFOX_DIST, extensionDir, { recursive: true });
  await replaceOnce(join(extensionDir, 'chunks', 'milestones.js'), '2025-04-01T00:00:00+11:00', '2027-04-01T00:00:00+11:00');
  launched = await launchFirefox({ timeZone: 'Australia/Sydney', extraPrefs: { 'extensions.webextOptionalPermissionPrompts': false }, extensionDir });
  await watchBackgroundErrors(launched.control);
});

afterAll(async () => {
  await launched?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('a reminder in Firefox ESR (Sydney, a copy whose Australian deadline is 2027-04-01)', () => {
  test('turned on in the options page, the 7-day reminder is shown at its instant, without buttons', async () => {
    const { browser, control } = firefox();
    const options = await openExtensionPage(browser, 'src/options.html', '#reminders-enabled');
    await options.click('#reminders-enabled');
    expect(await poll(() => readMessageBeside(options, '#reminders-enabled'), (text) => text !== '')).toBe('Reminders on.');
    await options.close();

    await recordNotifications(control);
    await installFakeClock(control, '2027-03-24T13:00:30Z');
    await fireUpdateAlarm(control);
    const [request] = await poll(() => readNotificationRequests(control), (requests) => requests.length > 0);
    expect(request).toEqual({
      id: 'reminder/au-removal-deadline/week-before',
      title: 'Coming up: Australian government removal deadline',
      hasButtons: false,
      outcome: 'shown',
    });
    expect(await readBackgroundErrors(control)).toEqual([]);
  });
});
