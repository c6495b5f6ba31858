/// <reference types="chrome" />
/**
 * Reminders, the "facts changed" notification, the "Updated" note and the calendar file in real
 * Chromium, with the whole browser's clock faked (libfaketime).
 *
 * Every bundled milestone is older than the data's review date, and a clock before that date is
 * rightly treated as wrong (no reminders). So the test loads a copy of dist/chrome whose data
 * moves Australia's removal deadline to 2027-04-01 00:00 in Sydney (2027-03-31T13:00:00Z): its
 * 7-day reminder falls on 2027-03-24T13:00:00Z, its 1-day reminder on 2027-03-30T13:00:00Z.
 *
 * Chromium shows its permission prompt only in a real window, and a headless test cannot answer
 * it. The profile is therefore prepared with notifications already allowed
 * (support/granted-permissions.ts): the options page's click asks for the permission as for a
 * user and gets it at once. Asking for a permission not yet held, and the "no" answer, are covered
 * with the in-memory browser (tests/ui/options-page.test.tsx).
 *
 * Each test starts from its own copy of that prepared profile and sets up what it needs, so it
 * passes or fails alone, in any order.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { grantOptionalPermissions } from './support/granted-permissions';
import { createDeveloperModeProfile, replaceOnce } from './support/hardening-tools';
import { CHROME_DIST, getLiveWorker, launchExtension, openExtensionPage, type LaunchedExtension } from './support/launch-extension';
import { normalizeSpaces, poll, readSettledAlarms, waitForFirstUpdate } from './support/observe';
import { localeMessage, messageBeside, OPTIONS_CONTROLS } from './support/extension-pages';

const TIME_ZONE = 'Australia/Sydney';
const BUNDLED_DEADLINE = '2025-04-01T00:00:00+11:00';
const MOVED_DEADLINE = '2027-04-01T00:00:00+11:00';
const CORRECTED_DEADLINE = '2027-04-02T00:00:00+11:00';
const REMINDERS_LABEL = localeMessage('en', 'options_reminders_label');

let workDir = '';
let extensionDir = '';
/** Knows the extension and holds the user's earlier "Allow" for notifications; never launched by a test. */
let preparedProfileDir = '';
/** The current test's copy of the prepared profile. */
let profileDir = '';
let launched: LaunchedExtension | undefined;

function readNotificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

function hasNotificationsPermission(worker: Worker): Promise<boolean> {
  return worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }));
}

async function start(startAt: string): Promise<LaunchedExtension> {
  launched = await launchExtension({ startAt, timeZone: TIME_ZONE, language: 'en-US', extensionDir, profileDir });
  await waitForFirstUpdate(launched.worker);
  return launched;
}

async function stop(): Promise<void> {
  await launched?.close({ keepProfile: true });
  launched = undefined;
}


/** As the user does: the reminders box in the options page, whose click asks for the permission. */
async function turnRemindersOn(extension: LaunchedExtension): Promise<Page> {
  const options = await openExtensionPage(extension, 'src/options.html');
  await options.getByLabel(REMINDERS_LABEL).check();
  expect(await messageBeside(options, OPTIONS_CONTROLS.reminders, 'Reminders on.')).toBe('Reminders on.');
  const worker = await getLiveWorker(extension);
  expect(await hasNotificationsPermission(worker)).toBe(true);
  // The update that follows remembers since when reminders are on; a browser closed before then
  // would count them from its next start.
  const log = await poll(() => worker.evaluate(async () => (await chrome.storage.local.get('reminderLog'))['reminderLog'] as { since?: string } | undefined), (value) => value?.since !== undefined);
  expect(log?.since).toBeDefined();
  return options;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kbs-reminders-'));
  extensionDir = join(workDir, 'chrome');
  await cp(CHROME_DIST, extensionDir, { recursive: true });
  await replaceOnce(join(extensionDir, 'chunks', 'milestones.js'), BUNDLED_DEADLINE, MOVED_DEADLINE);
  profileDir = await createDeveloperModeProfile();
  // One run, so the profile knows the extension; then the user's earlier "Allow".
  const { extensionId } = await start('2027-03-01T00:00:00Z');
  await stop();
  await grantOptionalPermissions(profileDir, extensionId, ['notifications']);
  preparedProfileDir = profileDir;
});

beforeEach(async () => {
  profileDir = join(workDir, `profile-${crypto.randomUUID()}`);
  await cp(preparedProfileDir, profileDir, { recursive: true });
});

afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
  await rm(preparedProfileDir, { recursive: true, force: true });
});

describe(`reminders in real Chromium (${TIME_ZONE}, a copy whose Australian deadline is 2027-04-01)`, () => {
  test('turned on in the options page (the click asks for the permission), the 7-day reminder shows at its instant, once', async () => {
    const extension = await start('2027-03-24T12:59:15Z');
    expect(await readNotificationIds(extension.worker)).toEqual([]);
    const options = await turnRemindersOn(extension);
    expect(await readNotificationIds(extension.worker)).toEqual([]);

    // The one alarm wakes the worker at 13:00:00Z (or up to 30 s later: Chrome's minimum delay).
    const worker = await getLiveWorker(extension);
    expect(await poll(() => readNotificationIds(worker), (ids) => ids.length > 0, 70_000, 500)).toEqual(['reminder/au-removal-deadline/week-before']);

    // Once: another update (a setting saved) shows nothing again, even after the user closed it.
    await worker.evaluate(() => chrome.notifications.clear('reminder/au-removal-deadline/week-before'));
    await options.getByLabel('Dark').check();
    await poll(async () => options.locator('html').getAttribute('data-theme'), (theme) => theme === 'dark');
    await new Promise((done) => setTimeout(done, 1_000));
    expect(await readNotificationIds(await getLiveWorker(extension))).toEqual([]);
  });

  test('closed across each reminder: it shows at the next start if under a day late, and never again', async () => {
    await turnRemindersOn(await start('2027-03-23T00:00:00Z'));
    await stop();

    const afterWeekBefore = await start('2027-03-24T14:00:00Z');
    const worker = await getLiveWorker(afterWeekBefore);
    expect(await poll(() => readNotificationIds(worker), (ids) => ids.length > 0)).toEqual(['reminder/au-removal-deadline/week-before']);
    await worker.evaluate(() => chrome.notifications.clear('reminder/au-removal-deadline/week-before'));
    await stop();

    // 21 hours after the 1-day reminder: it comes; the 7-day one, shown before, does not.
    const afterDayBefore = await start('2027-03-31T10:00:00Z');
    const nextWorker = await getLiveWorker(afterDayBefore);
    expect(await poll(() => readNotificationIds(nextWorker), (ids) => ids.length > 0)).toEqual(['reminder/au-removal-deadline/day-before']);
  });

  test('the calendar file holds the moved deadline as an all-day event, with its sources and the review date', async () => {
    const extension = await start('2027-03-31T10:00:00Z');
    const page = await openExtensionPage(extension, 'src/popup.html?view=tab');
    await page.locator('#headline').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('kaspersky-milestones-au.ics');
    const text = await readFile((await download.path()), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const deadline = events.find((event) => event.uid.startsWith('au-removal-deadline@'))!;
    expect(deadline.startDate.toString()).toBe('2027-04-01');
    expect(deadline.startDate.isDate).toBe(true);
    expect(deadline.description).toContain('https://www.govtechreview.com.au/');
    expect(deadline.description).toContain('Information reviewed on December 3, 2026');
    expect(normalizeSpaces(await page.locator('.calendar [role="status"]').textContent())).toBe(
      'Saved as kaspersky-milestones-au.ics: open it to add the dates to your calendar.',
    );
    await page.close();
  });

  test('an update that corrects the date: one notification says so, and the popup lists it until marked as read', async () => {
    const extension = await start('2027-03-31T10:00:00Z');
    await turnRemindersOn(extension);
    // Reloading kills the old worker's update under way, whose next browser call then fails ("No
    // SW"): wait for its updates to finish, the first one included, which waits seconds for the
    // session's first policy read.
    await readSettledAlarms(await getLiveWorker(extension));
    const manifestPath = join(extensionDir, 'manifest.json');
    const milestonesPath = join(extensionDir, 'chunks', 'milestones.js');
    const [originalManifest, originalMilestones] = await Promise.all([readFile(manifestPath, 'utf8'), readFile(milestonesPath, 'utf8')]);
    try {
      const manifest = JSON.parse(originalManifest) as { version: string };
      await writeFile(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
      await replaceOnce(milestonesPath, MOVED_DEADLINE, CORRECTED_DEADLINE);
      const prefix = `chrome-extension://${extension.extensionId}/`;
      const nextWorker = extension.context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith(prefix), timeout: 30_000 });
      // The worker goes away while reloading, so the evaluation may never answer.
      void extension.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      const worker = await nextWorker;
      expect(await poll(() => readNotificationIds(worker), (ids) => ids.length > 0)).toEqual(['facts-changed']);

      const popup = await openExtensionPage(extension, 'src/popup.html');
      await popup.locator('#updated-note').waitFor();
      expect(normalizeSpaces(await popup.locator('#updated-note li').textContent())).toBe('Australian government removal deadline: date corrected');
      await popup.getByRole('button', { name: 'Mark as read' }).click();
      await popup.locator('#updated-note').waitFor({ state: 'detached' });
      const reopened = await openExtensionPage(extension, 'src/popup.html');
      await reopened.locator('#headline').waitFor();
      await new Promise((done) => setTimeout(done, 500));
      expect(await reopened.locator('#updated-note').count()).toBe(0);
    } finally {
      // The next test's browser loads the same copy of the extension: give it the data it had.
      await Promise.all([writeFile(manifestPath, originalManifest), writeFile(milestonesPath, originalMilestones)]);
    }
  });

  test('turned off in the options page: the permission is given back, and says so', async () => {
    const extension = await start('2027-03-31T10:00:00Z');
    const options = await turnRemindersOn(extension);
    await options.locator('#reminders-enabled').uncheck();
    expect(await messageBeside(options, OPTIONS_CONTROLS.reminders, 'Reminders off. The extension gave back its right to show notifications.')).toBe(
      'Reminders off. The extension gave back its right to show notifications.',
    );
    expect(await poll(async () => hasNotificationsPermission(await getLiveWorker(extension)), (isGranted) => !isGranted)).toBe(false);
  });
});
