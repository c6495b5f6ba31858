/**
 * Hardening, in real Chromium with the built extension: what users and the browser do to it that
 * the happy paths do not. Broken or foreign settings written while it runs; a restart, and a
 * service worker stopped by the browser just before a change; an extension update that changes
 * the data; the device clock decades off, in the zones furthest from UTC and across a DST change;
 * and a proxy that records any request the extension (or the browser) makes.
 *
 * The clock is libfaketime's (see support/launch-extension.ts). Two tests wait on real time on
 * purpose, for an instant the browser starts shortly before: the alarm after the worker was
 * stopped (the US cut-off) and the end of DST in New York. Everything else polls.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BADGE_LOOKS } from '../../src/core/badge';
import { localeMessage } from './support/extension-pages';
import {
  CHROME_DIST,
  getLiveWorker,
  launchExtension,
  openExtensionPage,
  readAlarms,
  readToolbar,
  type LaunchedExtension,
  type LaunchOptions,
} from './support/launch-extension';
import { epochMs, normalizeSpaces, poll, pollToolbar, toRgba, waitForFirstUpdate } from './support/observe';
import {
  clickOpenEveryDetails,
  createDeveloperModeProfile,
  readNetLogRequests,
  readOptionsForm,
  readStoredSettings,
  replaceOnce,
  restartWorker,
  sleep,
  startRecordingProxy,
  stopWorker,
  textOf,
  waitForWorkerState,
  watchErrors,
  writeStoredSettings,
  type ErrorLog,
  type NetLogRequest,
  type OptionsForm,
  type ProxiedRequest,
} from './support/hardening-tools';

const LANGUAGE = 'en-US';
/** September 1, 5:00 AM in Los Angeles, 27 calendar days before the cut-off's date there: the US badge counts down `27d`. */
const COUNTDOWN_INSTANT = '2024-09-01T12:00:00Z';
/** The US update cut-off, 2024-09-29 00:00 EDT. */
const CUT_OFF = '2024-09-29T04:00:00Z';

const ORANGE = toRgba(BADGE_LOOKS.countdown.backgroundColor);
const RED = toRgba(BADGE_LOOKS['critical-steps'].backgroundColor);
const CALM_GREY = toRgba(BADGE_LOOKS.calm.backgroundColor);

/** A fresh profile has ticked nothing: where the status has steps, the tooltip ends with this. */
const STEPS_OPEN = localeMessage('en', 'tooltip_steps_open');
/** The US cut-off headline more than 30 days after it: the month only. */
const US_ENDED_LONG_AGO = localeMessage('en', 'm_us_updates_end_headline', ['September 2024']);

/** What a repaired record holds besides a region. */
const DEFAULTS = { version: 3, language: 'browser', isBadgeShown: true, theme: 'system', areRemindersEnabled: false, mutedMilestoneIds: [] } as const;

const US_COUNTDOWN_HEADLINE_LA = localeMessage('en', 'm_us_new_sales_end_headline', ['September 28, 2024 at 9:00 PM PDT']);
const US_COUNTDOWN_TITLE_LA = `United States: ${US_COUNTDOWN_HEADLINE_LA} ${STEPS_OPEN}`;
const GERMANY_TITLE = `Germany: ${localeMessage('en', 'm_de_bsi_warning_headline', ['March 15, 2022'])} ${STEPS_OPEN}`;
const US_ABROAD = localeMessage('en', 'region_us_abroad');
// Government systems only: no steps for a home user, and nothing "new" on a clock before the data
// review (2026-12-03): the sentence alone.
const UK_TITLE = `United Kingdom: ${localeMessage('en', 'm_uk_ncsc_letter_headline', ['December 1, 2017'])}`;

function alarmsAt(alarms: readonly chrome.alarms.Alarm[]) {
  return alarms.map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime: new Date(scheduledTime).toISOString(), periodInMinutes }));
}

function oneShotAt(instant: string) {
  return [{ name: 'update-badge', scheduledTime: new Date(epochMs(instant)).toISOString(), periodInMinutes: undefined }];
}

async function openPopup(launched: LaunchedExtension): Promise<Page> {
  const popup = await openExtensionPage(launched, 'src/popup.html');
  await popup.locator('#headline').waitFor();
  return popup;
}

async function openOptions(launched: LaunchedExtension): Promise<Page> {
  const options = await openExtensionPage(launched, 'src/options.html');
  await options.locator('select#region').waitFor();
  return options;
}

// ---------------------------------------------------------------------------------------------
// 1. Settings are untrusted input

interface SettingsCase {
  readonly name: string;
  /** What is written, as JSON (parsed in the worker). */
  readonly json: string;
  /** A valid record written first, whose badge differs from the expected one, so each case is seen to recompute. */
  readonly before: 'de' | 'uk';
  readonly stored: Record<string, unknown>;
  readonly badge: { readonly text: string; readonly backgroundColor: number[]; readonly title: string };
  readonly form: OptionsForm;
  readonly popupRegion: string;
  /** The record must stay as written: checked once more after the pages have reacted. */
  readonly isLeftAsWritten?: boolean;
}

const US_DEFAULTS_EXPECTED = {
  stored: { ...DEFAULTS },
  badge: { text: '27d', backgroundColor: ORANGE, title: US_COUNTDOWN_TITLE_LA },
  // Los Angeles suggests the United States; nothing is stored, so the suggestion note shows.
  form: { region: 'us', language: 'browser', isBadgeShown: true, theme: 'system', isRegionSuggested: true },
  popupRegion: 'Region: United States (picked from your time zone)',
} as const;

const NEAR_QUOTA_STRING = 'x'.repeat(8_000);

const SETTINGS_CASES: readonly SettingsCase[] = [
  { name: 'a region of the wrong type (42)', json: '{"version":2,"region":42,"language":"browser","isBadgeShown":true,"theme":"system"}', before: 'de', ...US_DEFAULTS_EXPECTED },
  {
    name: 'every field of the wrong type',
    json: '{"version":"2","region":["us"],"language":7,"isBadgeShown":"yes","theme":{"dark":true}}',
    before: 'de',
    ...US_DEFAULTS_EXPECTED,
  },
  { name: 'an unknown region ("atlantis")', json: '{"version":2,"region":"atlantis","language":"browser","isBadgeShown":true,"theme":"system"}', before: 'de', ...US_DEFAULTS_EXPECTED },
  {
    name: 'an 8,000-character region (near the 8,192-byte item quota of storage.sync)',
    json: JSON.stringify({ version: 2, region: NEAR_QUOTA_STRING, language: NEAR_QUOTA_STRING.slice(0, 100) }),
    before: 'de',
    ...US_DEFAULTS_EXPECTED,
  },
  {
    name: 'unknown keys beside a valid choice of the United States',
    json: '{"version":2,"region":"us","language":"browser","isBadgeShown":true,"theme":"system","installedBy":"another extension","nested":{"a":[1,2,3]}}',
    before: 'de',
    ...US_DEFAULTS_EXPECTED,
    stored: { ...DEFAULTS, region: 'us' },
    form: { ...US_DEFAULTS_EXPECTED.form, isRegionSuggested: false },
    popupRegion: 'Region: United States',
  },
  {
    name: 'a "__proto__" key carrying a region and a badge choice',
    json: '{"version":2,"__proto__":{"region":"de","isBadgeShown":false}}',
    before: 'de',
    ...US_DEFAULTS_EXPECTED,
  },
  { name: 'a string instead of a record', json: '"garbage"', before: 'de', ...US_DEFAULTS_EXPECTED },
  { name: 'an array instead of a record', json: '[{"region":"de"}]', before: 'de', ...US_DEFAULTS_EXPECTED },
  { name: 'null instead of a record', json: 'null', before: 'de', ...US_DEFAULTS_EXPECTED },
  {
    name: 'an old version-1 record {version: 1, region: "de"}, migrated to Germany',
    json: '{"version":1,"region":"de"}',
    before: 'uk',
    stored: { ...DEFAULTS, region: 'de' },
    badge: { text: '!', backgroundColor: ORANGE, title: GERMANY_TITLE },
    form: { region: 'de', language: 'browser', isBadgeShown: true, theme: 'system', isRegionSuggested: false },
    popupRegion: 'Region: Germany',
  },
  { name: 'an old version-1 record with an unknown region', json: '{"version":1,"region":"mars"}', before: 'de', ...US_DEFAULTS_EXPECTED },
  {
    name: 'a version-2 record (0.1.0) {version: 2, region: "de", isBadgeShown: false}, migrated with reminders off',
    json: '{"version":2,"region":"de","language":"browser","isBadgeShown":false,"theme":"system"}',
    before: 'uk',
    stored: { ...DEFAULTS, region: 'de', isBadgeShown: false },
    badge: { text: '', backgroundColor: CALM_GREY, title: GERMANY_TITLE },
    form: { region: 'de', language: 'browser', isBadgeShown: false, theme: 'system', isRegionSuggested: false },
    popupRegion: 'Region: Germany',
  },
  {
    // From a newer version on another synced device: read as far as understood, never written
    // back (that would drop what the newer version added, and two devices would fight).
    name: 'a record from a newer version (4) with a key this version does not know',
    json: '{"version":4,"region":"uk","addedLater":{"x":1}}',
    before: 'de',
    stored: { version: 4, region: 'uk', addedLater: { x: 1 } },
    badge: { text: '', backgroundColor: CALM_GREY, title: UK_TITLE },
    form: { region: 'uk', language: 'browser', isBadgeShown: true, theme: 'system', isRegionSuggested: false },
    popupRegion: 'Region: United Kingdom',
    isLeftAsWritten: true,
  },
];

const VALID_RECORDS = {
  de: { record: { ...DEFAULTS, region: 'de' }, title: GERMANY_TITLE },
  uk: { record: { ...DEFAULTS, region: 'uk' }, title: UK_TITLE },
} as const;

describe(`Corrupted or foreign settings written while the browser runs (Los Angeles, ${COUNTDOWN_INSTANT})`, () => {
  let launched: LaunchedExtension | undefined;
  let log: ErrorLog;
  let popup: Page;

  beforeAll(async () => {
    launched = await launchExtension({ startAt: COUNTDOWN_INSTANT, timeZone: 'America/Los_Angeles', language: LANGUAGE });
    await waitForFirstUpdate(launched.worker);
    // The options page (the error watch's anchor) and the popup stay open through every case:
    // both follow settings changes as they happen.
    log = await watchErrors(launched);
    await log.anchor.locator('select#region').waitFor();
    popup = await openPopup(launched);
  });

  afterAll(async () => {
    await launched?.close();
  });

  /** Writes a valid record and waits until the badge, storage and pages show it. */
  async function settle(region: 'de' | 'uk'): Promise<void> {
    const { record, title } = VALID_RECORDS[region];
    const worker = await getLiveWorker(launched!);
    expect(await writeStoredSettings(worker, JSON.stringify(record))).toBeUndefined();
    expect(normalizeSpaces((await pollToolbar(worker, (toolbar) => normalizeSpaces(toolbar.title) === title)).title)).toBe(title);
    expect(await poll(() => readOptionsForm(log.anchor), (form) => form.region === region)).toMatchObject({ region });
  }

  test.each(SETTINGS_CASES)('$name: the badge, the pages and the stored record are right', async (settingsCase) => {
    await settle(settingsCase.before);
    const worker = await getLiveWorker(launched!);

    expect(await writeStoredSettings(worker, settingsCase.json)).toBeUndefined();

    const toolbar = await pollToolbar(worker, (state) => normalizeSpaces(state.title) === settingsCase.badge.title);
    expect({ text: toolbar.text, backgroundColor: toolbar.backgroundColor, title: normalizeSpaces(toolbar.title) }).toEqual(settingsCase.badge);
    // Repaired by the extension itself (the worker reacts to the change), with no page's help.
    expect(await poll(() => readStoredSettings(worker), (stored) => isDeepStrictEqual(stored, settingsCase.stored))).toEqual(settingsCase.stored);
    expect(await poll(() => readOptionsForm(log.anchor), (form) => isDeepStrictEqual(form, settingsCase.form))).toEqual(settingsCase.form);
    expect(await poll(() => textOf(popup, '#region-line'), (text) => text === settingsCase.popupRegion)).toBe(settingsCase.popupRegion);
    if (settingsCase.isLeftAsWritten) {
      await sleep(1_000); // a write-back would follow the reads above within milliseconds
      expect(await readStoredSettings(worker)).toEqual(settingsCase.stored);
    }
  });

  test('a freshly opened options page and popup show repaired settings (written broken once more)', async () => {
    const worker = await getLiveWorker(launched!);
    await settle('de');
    expect(await writeStoredSettings(worker, '{"version":2,"region":42,"theme":"neon"}')).toBeUndefined();
    await poll(() => readStoredSettings(worker), (stored) => isDeepStrictEqual(stored, DEFAULTS));
    const options = await openOptions(launched!);
    expect(await readOptionsForm(options)).toEqual(US_DEFAULTS_EXPECTED.form);
    const freshPopup = await openPopup(launched!);
    expect(await textOf(freshPopup, '#region-line')).toBe(US_DEFAULTS_EXPECTED.popupRegion);
    expect(await textOf(freshPopup, '#headline')).toBe(US_COUNTDOWN_HEADLINE_LA);
    await Promise.all([options.close(), freshPopup.close()]);
  });

  test('a 100 kB string never reaches the extension: storage.sync refuses it (8,192-byte item quota), nothing changes', async () => {
    await settle('de');
    const worker = await getLiveWorker(launched!);
    const huge = JSON.stringify({ version: 2, region: 'x'.repeat(100_000) });
    expect(await writeStoredSettings(worker, huge)).toMatch(/quota/i);
    await sleep(500); // nothing is expected to happen; give a wrong reaction the time to show
    expect(await readStoredSettings(worker)).toEqual(VALID_RECORDS.de.record);
    expect(normalizeSpaces((await readToolbar(worker)).title)).toBe(GERMANY_TITLE);
  });

  test('a 100 kB broken popup state and checklist in storage.local: the popup opens, every section still works, the marks are repaired', async () => {
    const worker = await getLiveWorker(launched!);
    await worker.evaluate(async (hugeId) => {
      await chrome.storage.local.set({
        popupState: { openSections: [hugeId, 'timeline', 42, null], checkedSteps: hugeId },
        [`checklist.step.${hugeId}`]: 'abcdef01',
        'checklist.step.windows-remove-kaspersky': 42,
        'checklist.step.mac-protection': 'not a fingerprint',
        'checklist.aside.mac': hugeId,
      });
    }, 'y'.repeat(100_000));
    // Long strings shortened, so that a failure prints a readable diff rather than 100 kB.
    const shorten = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value ?? null, (_key, item: unknown) => (typeof item === 'string' && item.length > 64 ? `${item.slice(0, 8)}… (${item.length} characters)` : item))) as unknown;
    /** Every checklist entry in storage (one per mark), keys shortened too. */
    const readChecklist = async () =>
      shorten(
        Object.fromEntries(
          Object.entries(await worker.evaluate(async () => chrome.storage.local.get())).filter(([key]) => key.startsWith('checklist.')).map(([key, value]) => [key.length > 64 ? `${key.slice(0, 24)}…` : key, value]),
        ),
      );
    // The worker repairs the marks by itself (the write wakes it): nothing of ours was in them.
    expect(await poll(readChecklist, (stored) => isDeepStrictEqual(stored, {}))).toEqual({});

    const brokenPopup = await openPopup(launched!);
    await brokenPopup.locator('details#section-products').waitFor({ state: 'attached' });
    // The one valid id is kept; the rest falls back. Germany's steps are there, none ticked.
    expect(await brokenPopup.locator('main > details.section[open]').evaluateAll((sections) => sections.map((section) => section.id))).toEqual(['section-timeline']);
    expect(await brokenPopup.locator('#checklist input[type="checkbox"]').count()).toBeGreaterThan(0);
    expect(await brokenPopup.locator('#checklist input[type="checkbox"]:checked').count()).toBe(0);
    expect((await readToolbar(worker)).text).toBe('!');
    await clickOpenEveryDetails(brokenPopup);
    // What the popup writes back after those clicks is its own clean state, not the broken one.
    const saved = shorten((await worker.evaluate(async () => chrome.storage.local.get('popupState')))['popupState']) as { openSections: string[] };
    expect(Object.keys(saved)).toEqual(['openSections']);
    expect([...saved.openSections].sort()).toEqual(['meaning', 'mix-ups', 'products', 'timeline']);
    // Ticking a step stores it, under its fingerprint; unticking removes it.
    await brokenPopup.locator('#step-windows-remove-kaspersky').check();
    const ticked = await poll(readChecklist, (stored) => Object.keys(stored as object).length > 0);
    expect(ticked).toEqual({ 'checklist.step.windows-remove-kaspersky': expect.stringMatching(/^[0-9a-f]{8}$/) as unknown });
    await brokenPopup.locator('#step-windows-remove-kaspersky').uncheck();
    expect(await poll(readChecklist, (stored) => isDeepStrictEqual(stored, {}))).toEqual({});
    await brokenPopup.close();
  });

  test('no uncaught error and no console error on the worker, the options page or the popups', () => {
    expect(log.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. A restart, and a worker stopped by the browser just before a change

describe('Restart with the same profile, then a worker stopped just before the US cut-off', () => {
  let launched: LaunchedExtension | undefined;
  let profileToRemove: string | undefined;

  afterAll(async () => {
    await launched?.close();
    if (profileToRemove) await rm(profileToRemove, { recursive: true, force: true });
  });

  test('a region chosen before a restart (U.S. person abroad, never guessed) is kept, with the badge for the new instant', async () => {
    const first = await launchExtension({ startAt: COUNTDOWN_INSTANT, timeZone: 'America/Los_Angeles', language: LANGUAGE });
    launched = first;
    await waitForFirstUpdate(first.worker);
    const options = await openOptions(first);
    await options.locator('select#region').selectOption('us-abroad');
    const chosen = await pollToolbar(first.worker, (toolbar) => toolbar.title.startsWith(`${US_ABROAD}:`));
    expect(chosen.title.startsWith(`${US_ABROAD}:`)).toBe(true);
    expect(chosen.text).toBe('27d');
    expect(await poll(() => readStoredSettings(first.worker), (stored) => (stored as { region?: string } | undefined)?.region === 'us-abroad')).toEqual({ ...DEFAULTS, region: 'us-abroad' });

    launched = undefined;
    profileToRemove = first.profileDir;
    await first.close({ keepProfile: true });
    // 45 s before the cut-off, in New York: the next test stops the worker before it. (Chromium
    // loads a --load-extension package afresh at each launch: it fires runtime.onInstalled
    // ('install') again, never runtime.onStartup, so this restart exercises that path and the
    // worker's top-level update, not onStartup.)
    launched = await launchExtension({ startAt: '2024-09-29T03:59:15Z', timeZone: 'America/New_York', language: LANGUAGE, profileDir: first.profileDir });

    const { toolbar, alarms } = await waitForFirstUpdate(launched.worker);
    expect(toolbar.text).toBe('1h');
    expect(toolbar.backgroundColor).toEqual(ORANGE);
    expect(normalizeSpaces(toolbar.title)).toBe(
      `${US_ABROAD}: ${localeMessage('en', 'm_us_new_sales_end_headline', ['September 29, 2024 at 12:00 AM EDT'])} ${STEPS_OPEN}`,
    );
    expect(alarmsAt(alarms)).toEqual(oneShotAt(CUT_OFF));
    expect(await readStoredSettings(launched.worker)).toEqual({ ...DEFAULTS, region: 'us-abroad' });
    const reopened = await openOptions(launched);
    expect(await readOptionsForm(reopened)).toEqual({ region: 'us-abroad', language: 'browser', isBadgeShown: true, theme: 'system', isRegionSuggested: false });
    await reopened.close();
  });

  test('stopped through DevTools before the cut-off, the worker is woken by its alarm at the cut-off and turns the badge red by itself', async () => {
    const extension = launched!;
    const log = await watchErrors(extension);
    const oldWorker = await getLiveWorker(extension);
    // Tag this worker's global scope: a new worker starts without the tag.
    await oldWorker.evaluate(() => {
      (globalThis as { hardeningTag?: string }).hardeningTag = 'the worker that was stopped';
    });
    const realBefore = Date.now();
    const fakedBefore = await oldWorker.evaluate(() => Date.now());
    /** Faked browser time minus real time: libfaketime runs the browser's clock at real speed from its start. */
    const clockOffset = fakedBefore - realBefore;
    expect(fakedBefore, 'the browser must reach this point before the cut-off; it started too slowly').toBeLessThan(epochMs(CUT_OFF) - 3_000);

    const stopped = await stopWorker(log);
    expect(stopped.at + clockOffset).toBeLessThan(epochMs(CUT_OFF));
    const stoppedIndex = log.workerStates.indexOf(stopped);

    // Nothing touches the extension now: only the alarm can start the worker again.
    const started = await waitForWorkerState(log, 'starting', stoppedIndex + 1, 90_000);
    const startedAtFaked = started.at + clockOffset;
    expect(startedAtFaked).toBeGreaterThanOrEqual(epochMs(CUT_OFF) - 1_000);
    expect(startedAtFaked).toBeLessThan(epochMs(CUT_OFF) + 60_000);

    const readLive = async () => readToolbar(await getLiveWorker(extension));
    await poll(readLive, (toolbar) => toolbar.text === '!', 90_000, 500);
    const after = await readLive();
    expect(after.text).toBe('!');
    expect(after.backgroundColor).toEqual(RED);
    expect(normalizeSpaces(after.title)).toBe(
      `${US_ABROAD}: ${localeMessage('en', 'm_us_updates_end_headline', ['September 29, 2024 at 12:00 AM EDT'])} ${STEPS_OPEN}`,
    );

    const newWorker = await getLiveWorker(extension);
    expect(await newWorker.evaluate(() => (globalThis as { hardeningTag?: string }).hardeningTag)).toBeUndefined();
    expect(await newWorker.evaluate(() => Date.now())).toBeGreaterThanOrEqual(epochMs(CUT_OFF));
    // The next wake-up is the next change after the cut-off (2024-10-07 00:00 PDT), not the cut-off again.
    expect(alarmsAt(await readAlarms(newWorker))).toEqual(oneShotAt('2024-10-07T07:00:00Z'));
    expect(log.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. An extension update that changes the data

describe(`Extension update across a data change (an unpacked copy, reloaded; Los Angeles, ${COUNTDOWN_INSTANT})`, () => {
  let launched: LaunchedExtension | undefined;
  let packageDir: string | undefined;

  afterAll(async () => {
    await launched?.close();
    if (packageDir) await rm(packageDir, { recursive: true, force: true });
  });

  test('the new version recomputes the badge at once from its own data (27d → 57d), keeping the settings', async () => {
    packageDir = await mkdtemp(join(tmpdir(), 'kbs-update-'));
    const extensionDir = join(packageDir, 'chrome');
    await cp(CHROME_DIST, extensionDir, { recursive: true });
    launched = await launchExtension({
      startAt: COUNTDOWN_INSTANT,
      timeZone: 'America/Los_Angeles',
      language: LANGUAGE,
      extensionDir,
      profileDir: await createDeveloperModeProfile(),
    });
    const extension = launched;
    const { toolbar: before } = await waitForFirstUpdate(extension.worker);
    expect(before.text).toBe('27d');
    const oldVersion = await extension.worker.evaluate(() => chrome.runtime.getManifest().version);

    const log = await watchErrors(extension);
    expect(await writeStoredSettings(extension.worker, JSON.stringify({ ...DEFAULTS, region: 'us-abroad' }))).toBeUndefined();
    const chosen = await pollToolbar(extension.worker, (toolbar) => toolbar.title.startsWith(`${US_ABROAD}:`));
    expect({ text: chosen.text, isUsAbroad: chosen.title.startsWith(`${US_ABROAD}:`) }).toEqual({ text: '27d', isUsAbroad: true });

    // The update, as the browser would install it: a higher version and a moved US cut-off.
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
    const [major = 0, minor = 0, patch = 0] = manifest.version.split('.').map(Number);
    const newVersion = `${major}.${minor}.${patch + 1}`;
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: newVersion }, null, 2));
    await replaceOnce(join(extensionDir, 'chunks', 'milestones.js'), '2024-09-29T00:00:00-04:00', '2024-10-29T00:00:00-04:00');

    const prefix = `chrome-extension://${extension.extensionId}/`;
    const nextWorker = extension.context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith(prefix), timeout: 30_000 });
    // The worker goes away while reloading, so the evaluation may never answer.
    void extension.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    const worker = await nextWorker;

    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(newVersion);
    expect(newVersion).not.toBe(oldVersion);
    // At once: the first update after the new worker starts (milliseconds), not at the next alarm.
    const after = await pollToolbar(worker, (toolbar) => toolbar.text === '57d', 5_000);
    expect(after.text).toBe('57d');
    expect(after.backgroundColor).toEqual(ORANGE);
    expect(normalizeSpaces(after.title)).toBe(
      `${US_ABROAD}: ${localeMessage('en', 'm_us_new_sales_end_headline', ['October 28, 2024 at 9:00 PM PDT'])} ${STEPS_OPEN}`,
    );
    // The countdown steps at midnight in Los Angeles either way: the next wake-up is the next step.
    expect(alarmsAt(await readAlarms(worker))).toEqual(oneShotAt('2024-09-02T07:00:00Z'));
    expect(await readStoredSettings(worker)).toEqual({ ...DEFAULTS, region: 'us-abroad' });

    const popup = await openPopup(extension);
    expect(normalizeSpaces(await popup.locator('main').innerText())).toContain('October 28, 2024');
    expect(normalizeSpaces(await popup.locator('main').innerText())).not.toContain('September 28, 2024');
    expect(log.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The device clock far off, the zones furthest from UTC, and a DST change

interface ClockCase {
  readonly startAt: string;
  readonly timeZone: string;
  /** What the zone suggests: the United States only where the zone names no place (none here). */
  readonly region: { readonly name: string; readonly titlePrefix: string };
  readonly badge: { readonly text: string; readonly backgroundColor?: number[] };
  readonly titleStart: string;
  /** Badge text once the United States is chosen at this clock. */
  readonly usText: string;
  readonly alarms: ReturnType<typeof oneShotAt> | [];
  readonly notice: '#clock-warning' | '#stale-notice';
  /** Badge text once Germany is chosen at this clock. */
  readonly germanyText: string;
}

const US_SUGGESTED = { name: 'United States', titlePrefix: 'United States: ' };
/** Kiribati has no preset: its zone suggests "Other", never the United States. */
const OTHER_SUGGESTED = { name: 'Other / not listed', titlePrefix: 'Other / not listed: ' };
const OTHER_TITLE = `Other / not listed: ${localeMessage('en', 'headline_none_other', ['December 3, 2026'])}`;

const CLOCK_CASES: readonly ClockCase[] = [
  // In 1970 nothing is announced yet: no text. The next change of the region's own status is its
  // first milestone: for the United States the 2017 directive; for "Other" the Google Play removal
  // (it concerns every region), as first reported: 2024-10-07 00:00 in Los Angeles (the apps went
  // about 2024-09-27, but nothing shows it before the report).
  {
    startAt: '1970-01-02T00:00:00Z',
    timeZone: 'Pacific/Kiritimati',
    region: OTHER_SUGGESTED,
    badge: { text: '' },
    titleStart: OTHER_TITLE,
    usText: '',
    alarms: oneShotAt('2024-10-07T07:00:00Z'),
    notice: '#clock-warning',
    germanyText: '',
  },
  {
    startAt: '1970-01-02T00:00:00Z',
    timeZone: 'Pacific/Honolulu',
    region: US_SUGGESTED,
    badge: { text: '' },
    titleStart: `United States: ${localeMessage('en', 'headline_none_us')}`,
    usText: '',
    alarms: oneShotAt('2017-09-13T04:00:00Z'),
    notice: '#clock-warning',
    germanyText: '',
  },
  // In 2100 the cut-off is long past: red `!` under the US rules (steps open), no text for
  // "Other", and nothing left to wake up for.
  {
    startAt: '2100-01-01T00:00:00Z',
    timeZone: 'Pacific/Kiritimati',
    region: OTHER_SUGGESTED,
    badge: { text: '' },
    titleStart: OTHER_TITLE,
    usText: '!',
    alarms: [],
    notice: '#stale-notice',
    germanyText: '!',
  },
  {
    startAt: '2100-01-01T00:00:00Z',
    timeZone: 'Pacific/Honolulu',
    region: US_SUGGESTED,
    badge: { text: '!', backgroundColor: RED },
    titleStart: `United States: ${US_ENDED_LONG_AGO} ${STEPS_OPEN}`,
    usText: '!',
    alarms: [],
    notice: '#stale-notice',
    germanyText: '!',
  },
];

const NOTICES = ['#clock-warning', '#stale-notice'] as const;

/** Launches, watches errors, and restarts the worker so its start is watched too. */
function useWatchedBrowser(options: LaunchOptions): () => { launched: LaunchedExtension; log: ErrorLog } {
  let launched: LaunchedExtension | undefined;
  let log: ErrorLog | undefined;
  beforeAll(async () => {
    launched = await launchExtension(options);
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
    log = await watchErrors(launched);
    // Blank the toolbar first: what it shows afterwards is the restarted worker's own work.
    await launched.worker.evaluate(async () => {
      await chrome.action.setBadgeText({ text: '??' });
      await chrome.action.setTitle({ title: 'blanked by the test' });
    });
    await restartWorker(launched, log);
    await pollToolbar(await getLiveWorker(launched), (toolbar) => toolbar.title !== 'blanked by the test');
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched || !log) throw new Error('The browser did not start (see beforeAll).');
    return { launched, log };
  };
}

describe.each(CLOCK_CASES)('Device clock at $startAt in $timeZone ($region.name suggested)', (clockCase) => {
  const browser = useWatchedBrowser({ startAt: clockCase.startAt, timeZone: clockCase.timeZone, language: LANGUAGE });

  test('the badge, tooltip and alarm follow the status rules at that clock', async () => {
    const { launched } = browser();
    const worker = await getLiveWorker(launched);
    expect(await worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(clockCase.timeZone);
    expect(new Date(await worker.evaluate(() => Date.now())).getUTCFullYear()).toBe(new Date(clockCase.startAt).getUTCFullYear());
    const toolbar = await readToolbar(worker);
    expect(toolbar.text).toBe(clockCase.badge.text);
    if (clockCase.badge.backgroundColor) expect(toolbar.backgroundColor).toEqual(clockCase.badge.backgroundColor);
    expect(normalizeSpaces(toolbar.title).slice(0, clockCase.titleStart.length)).toBe(clockCase.titleStart);
    expect(alarmsAt(await readAlarms(worker))).toEqual(clockCase.alarms);
  });

  test(`the popup says so (${clockCase.notice}), agrees with the tooltip, and every section opens`, async () => {
    const { launched } = browser();
    const popup = await openPopup(launched);
    await popup.locator(clockCase.notice).waitFor();
    for (const notice of NOTICES) expect(await popup.locator(notice).count(), notice).toBe(notice === clockCase.notice ? 1 : 0);
    if (clockCase.notice === '#clock-warning') expect(await textOf(popup, '#clock-warning')).toContain('1970');
    const title = normalizeSpaces((await readToolbar(await getLiveWorker(launched))).title);
    expect(await textOf(popup, '#region-line')).toBe(localeMessage('en', 'popup_region_suggested', [clockCase.region.name]));
    const headline = await textOf(popup, '#headline');
    expect(title.slice(0, clockCase.region.titlePrefix.length + headline.length)).toBe(`${clockCase.region.titlePrefix}${headline}`);
    await popup.locator('details#section-products').waitFor({ state: 'attached' });
    // In 1970 the ban was not announced: there is nothing to mix up yet, so no such section.
    expect(await popup.locator('#section-mix-ups').count()).toBe(clockCase.startAt.startsWith('1970') ? 0 : 1);
    expect(await clickOpenEveryDetails(popup)).toBeGreaterThan(0);
    await popup.close();
  });

  test('the options page changes the region at that clock, and the badge follows both ways', async () => {
    const { launched, log } = browser();
    const options = log.anchor;
    await options.locator('select#region').selectOption('de');
    const germany = await pollToolbar(await getLiveWorker(launched), (toolbar) => toolbar.title.startsWith('Germany:'));
    expect(germany.text).toBe(clockCase.germanyText);
    await options.locator('select#region').selectOption('us');
    const us = await pollToolbar(await getLiveWorker(launched), (toolbar) => toolbar.title.startsWith('United States:'));
    expect(us.text).toBe(clockCase.usText);
  });

  test('no uncaught error and no console error on the worker (including its start), the popup or the options page', () => {
    expect(browser().log.errors).toEqual([]);
  });
});

describe('New York across the end of DST (2024-11-03 02:00 EDT → 01:00 EST, at 06:00Z)', () => {
  const DST_END = '2024-11-03T06:00:00Z';
  const browser = useWatchedBrowser({ startAt: '2024-11-03T05:59:20Z', timeZone: 'America/New_York', language: LANGUAGE });
  let popupBefore: Page;

  // 35 days after the cut-off: the headline names its month; the timeline keeps the minute, in EDT.
  const US_AFTER_HEADLINE = US_ENDED_LONG_AGO;
  const US_AFTER_TITLE = `United States: ${US_AFTER_HEADLINE} ${STEPS_OPEN}`;
  const CUT_OFF_ENTRY_TIME = 'li.timeline-entry[data-milestone-id="us-updates-end"] time';

  test('before the change: red !, the cut-off in EDT, no alarm (nothing left to change)', async () => {
    const { launched } = browser();
    const worker = await getLiveWorker(launched);
    expect(await worker.evaluate(() => Date.now()), 'the browser must be ready before the DST change; it started too slowly').toBeLessThan(epochMs(DST_END));
    expect(await worker.evaluate(() => new Date().getTimezoneOffset())).toBe(240);
    const toolbar = await readToolbar(worker);
    expect({ text: toolbar.text, backgroundColor: toolbar.backgroundColor, title: normalizeSpaces(toolbar.title) }).toEqual({ text: '!', backgroundColor: RED, title: US_AFTER_TITLE });
    expect(await readAlarms(worker)).toEqual([]);
    popupBefore = await openPopup(launched);
    expect(await textOf(popupBefore, '#clock-warning')).toContain('EDT');
    expect(await textOf(popupBefore, CUT_OFF_ENTRY_TIME)).toBe('September 29, 2024 at 12:00 AM EDT');
  });

  test('after the change: a new worker start, the popups and the options page give the same answer, times in EST', async () => {
    const { launched, log } = browser();
    // Real time passes here: the browser's clock crosses 06:00Z. Read in a page: the idle worker
    // may be stopped by the browser meanwhile, and an evaluation would wait for it to start.
    const offset = await poll(() => log.anchor.evaluate(() => new Date().getTimezoneOffset()), (minutes) => minutes === 300, 60_000, 500);
    expect(offset).toBe(300);

    // Make sure a worker runs (the browser may have stopped the idle one), blank the toolbar, and
    // start a new worker on the far side of the change: what the toolbar shows is its work.
    await restartWorker(launched, log);
    await (await getLiveWorker(launched)).evaluate(async () => {
      await chrome.action.setTitle({ title: 'blanked by the test' });
    });
    await restartWorker(launched, log);
    const toolbar = await pollToolbar(await getLiveWorker(launched), (state) => state.title !== 'blanked by the test');
    expect({ text: toolbar.text, backgroundColor: toolbar.backgroundColor, title: normalizeSpaces(toolbar.title) }).toEqual({ text: '!', backgroundColor: RED, title: US_AFTER_TITLE });

    const popupAfter = await openPopup(launched);
    expect(await textOf(popupAfter, '#clock-warning')).toMatch(/November 3, 2024 at 1:0\d AM EST/);
    expect(await textOf(popupAfter, '#headline')).toBe(US_AFTER_HEADLINE);
    // The cut-off was in summer time: still written in EDT after the change.
    expect(await textOf(popupAfter, CUT_OFF_ENTRY_TIME)).toBe('September 29, 2024 at 12:00 AM EDT');
    await popupAfter.locator('details#section-products').waitFor({ state: 'attached' });
    await clickOpenEveryDetails(popupAfter);
    // The popup opened before the change is still alive and says the same.
    expect(await textOf(popupBefore, '#headline')).toBe(US_AFTER_HEADLINE);

    await log.anchor.locator('select#region').selectOption('de');
    expect((await pollToolbar(await getLiveWorker(launched), (state) => state.title.startsWith('Germany:'))).text).toBe('!');
  });

  test('no uncaught error and no console error anywhere', () => {
    expect(browser().log.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. No network requests

/**
 * Requests Chromium 156 makes by itself, with any or no extension: all start within a second of
 * launch, before any extension page is open, from the browser process (net log initiator
 * `not an origin`). Identified in the net log by URL:
 */
const CHROMIUM_OWN_REQUESTS = [
  {
    // components/signin: GaiaCookieManagerService lists the Google accounts signed in to the
    // cookie jar at start-up, and retries with back-off when it fails (here: the proxy's 502).
    name: 'Google account list (GaiaCookieManagerService)',
    method: 'POST',
    host: 'accounts.google.com',
    pathname: '/ListAccounts',
  },
  {
    // chrome/browser/component_updater/optimization_guide_on_device_model_installer.cc: an
    // on-demand ("X-Goog-Update-Interactivity: fg") update check of the component
    // "Optimization Guide On DeviceModels Manifest", id ceofaddefefcbblgcgnibnonglccbfja.
    // On-demand checks are not stopped by --disable-component-update. Over HTTPS, then again
    // over plain HTTP (the component updater's fallback), which the proxy sees in full.
    name: 'component updater, on-demand check of "Optimization Guide On DeviceModels Manifest"',
    method: 'POST',
    host: 'update.googleapis.com',
    pathname: '/service/update2/json',
    appId: 'ceofaddefefcbblgcgnibnonglccbfja',
  },
] as const;

function isBrowserInitiated(request: NetLogRequest): boolean {
  return request.initiator === undefined || request.initiator === 'not an origin';
}

function chromiumOwnRequestOf(request: NetLogRequest) {
  const url = new URL(request.url);
  return isBrowserInitiated(request)
    ? CHROMIUM_OWN_REQUESTS.find((known) => known.method === request.method && known.host === url.hostname && known.pathname === url.pathname)
    : undefined;
}

/** Whether a request the proxy saw is one of CHROMIUM_OWN_REQUESTS, and the net log says the browser made it. */
function isExplainedProxyRequest(request: ProxiedRequest, netLog: readonly NetLogRequest[]): boolean {
  const browserOwn = netLog.filter((entry) => chromiumOwnRequestOf(entry) !== undefined);
  if (request.method === 'CONNECT') {
    const [host, port] = request.target.split(':');
    return port === '443' && browserOwn.some((entry) => new URL(entry.url).hostname === host && entry.url.startsWith('https:'));
  }
  let url: URL;
  try {
    url = new URL(request.target);
  } catch {
    return false;
  }
  const known = CHROMIUM_OWN_REQUESTS.find((candidate) => candidate.method === request.method && candidate.host === url.hostname && candidate.pathname === url.pathname);
  if (!known) return false;
  if ('appId' in known && request.headers['x-goog-update-appid'] !== known.appId) return false;
  return browserOwn.some((entry) => entry.url === url.href);
}

function describeProxied({ method, target, headers }: ProxiedRequest): string {
  return `${method} ${target}${headers['x-goog-update-appid'] ? ` (X-Goog-Update-AppId ${String(headers['x-goog-update-appid'])})` : ''}`;
}

describe('No network requests: every request goes to a recording proxy', () => {
  test('badge, popup with every section opened, options and settings changes: the extension makes none', async () => {
    const proxy = await startRecordingProxy();
    const netLogDir = await mkdtemp(join(tmpdir(), 'kbs-netlog-'));
    const netLogPath = join(netLogDir, 'netlog.json');
    const launched = await launchExtension({
      startAt: COUNTDOWN_INSTANT,
      timeZone: 'America/Los_Angeles',
      language: LANGUAGE,
      extraArgs: [
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        // Chromium never proxies loopback by default; `<-loopback>` sends loopback to the proxy too.
        '--proxy-bypass-list=<-loopback>',
        `--log-net-log=${netLogPath}`,
      ],
    });
    let isClosed = false;
    try {
      const extensionOrigin = `chrome-extension://${launched.extensionId}`;
      await waitForFirstUpdate(launched.worker);
      const log = await watchErrors(launched);
      await restartWorker(launched, log);
      expect((await pollToolbar(await getLiveWorker(launched), (toolbar) => toolbar.text === '27d')).text).toBe('27d');

      const popup = await openPopup(launched);
      await popup.locator('details#section-products').waitFor({ state: 'attached' });
      expect(await clickOpenEveryDetails(popup)).toBeGreaterThan(0);

      const options = log.anchor;
      await options.locator('select#region').selectOption('de');
      await options.locator('input[name="theme"][value="dark"]').check();
      await options.locator('input#badge').uncheck();
      await poll(() => readStoredSettings(launched.worker), (stored) => isDeepStrictEqual(stored, { ...DEFAULTS, region: 'de', isBadgeShown: false, theme: 'dark' }));
      const toolbar = await pollToolbar(await getLiveWorker(launched), (state) => normalizeSpaces(state.title) === GERMANY_TITLE && state.text === '');
      expect({ text: toolbar.text, title: normalizeSpaces(toolbar.title) }).toEqual({ text: '', title: GERMANY_TITLE });
      // Let anything deferred (a beacon, a retry) happen.
      await sleep(3_000);
      expect(log.errors).toEqual([]);

      await launched.close();
      isClosed = true;
      const netLog = await readNetLogRequests(netLogPath);

      // The net log sees every request of the browser, proxied or not: none comes from the extension,
      // and every one is a request of the browser's own, identified above.
      expect(netLog.filter((request) => request.initiator?.startsWith(extensionOrigin))).toEqual([]);
      expect(netLog.filter((request) => chromiumOwnRequestOf(request) === undefined)).toEqual([]);
      // The proxy saw nothing else than those (tunnels show only host and port; the net log names them).
      expect(proxy.requests.filter((request) => !isExplainedProxyRequest(request, netLog)).map(describeProxied)).toEqual([]);
    } finally {
      if (!isClosed) await launched.close();
      await proxy.close();
      await rm(netLogDir, { recursive: true, force: true });
    }
  });
});
