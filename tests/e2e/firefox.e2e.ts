/**
 * The built Firefox package (dist/firefox) in real Firefox ESR, driven over WebDriver BiDi: install,
 * badge and tooltip, alarm, popup, options and accessibility. One Firefox for the whole file; the
 * tests run in order and share it (the region chosen in one test is what the next one starts from).
 *
 * The badge and tooltip are read from an extension page (the event page has no target of its
 * own). The first tests run on the real clock, where every deadline has passed; the last ones put
 * a fake clock in the background page (see installFakeClock) for a countdown, its one-shot alarm
 * and the flip at the US update cut-off. Pages keep the real clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GECKO_ID } from '../../scripts/manifest-plugin.ts';
import { BADGE_LOOKS } from '../../src/core/badge';
import { localeMessage } from './support/extension-pages';
import type { ToolbarState } from './support/launch-extension';
import {
  EXTENSION_ORIGIN,
  FIREFOX_DIST,
  findAxeViolations,
  fireUpdateAlarm,
  installFakeClock,
  launchFirefox,
  openExtensionPage,
  readAlarmRequests,
  readAlarms,
  readBackgroundErrors,
  readBackgroundNow,
  readDefaultTitle,
  readInstallReport,
  readMessageBeside,
  readToolbar,
  UPDATE_ALARM_NAME,
  waitForExtensionPage,
  watchBackgroundErrors,
  type FakeClock,
  type FirefoxRuntime,
  type LaunchedFirefox,
} from './support/launch-firefox';
import { contrastRatio, normalizeSpaces, poll, toRgba } from './support/observe';

const TIME_ZONE = 'America/Los_Angeles';
const US_CUT_OFF = '2024-09-29T04:00:00Z';

const CRITICAL_RED = toRgba(BADGE_LOOKS['critical-steps'].backgroundColor);
const WARNING_ORANGE = toRgba(BADGE_LOOKS['warning-steps'].backgroundColor);
const COUNTDOWN_ORANGE = toRgba(BADGE_LOOKS.countdown.backgroundColor);
const OPAQUE_BLACK = [0, 0, 0, 255];
const OPAQUE_WHITE = [255, 255, 255, 255];

/** A fresh profile has ticked nothing: every US tooltip ends by saying steps are still open. */
const STEPS_OPEN = localeMessage('en', 'tooltip_steps_open');
/** On the real clock, long after the cut-off: the headline names its month only. */
const US_ENDED_HEADLINE = localeMessage('en', 'm_us_updates_end_headline', ['September 2024']);
const US_ENDED_TOOLTIP = `United States: ${US_ENDED_HEADLINE} ${STEPS_OPEN}`;
/** Right after the cut-off (up to 30 days), the headline gives it to the minute. */
const US_JUST_ENDED_TOOLTIP = `United States: ${localeMessage('en', 'm_us_updates_end_headline', ['September 28, 2024 at 9:00 PM PDT'])} ${STEPS_OPEN}`;
const US_COUNTDOWN_TOOLTIP = `United States: Kaspersky's updates in the U.S. end on September 28, 2024 at 9:00 PM PDT. ${STEPS_OPEN}`;

const POPUP_SECTIONS = [
  { id: 'section-meaning', title: 'What this means for you' },
  { id: 'section-timeline', title: 'Timeline' },
  { id: 'section-products', title: 'Which products are covered' },
  { id: 'section-mix-ups', title: 'Common mix-ups' },
];

function expectReadableText(toolbar: ToolbarState): void {
  expect([OPAQUE_BLACK, OPAQUE_WHITE]).toContainEqual(toolbar.textColor);
  expect(contrastRatio(toolbar.textColor, toolbar.backgroundColor)).toBeGreaterThanOrEqual(4.5);
}

/** Alarms as the extension meant them: `scheduledTime` back on the fake clock, as ISO, and whether it repeats. */
function describeAlarms(alarms: readonly chrome.alarms.Alarm[], clock: FakeClock = { offsetMs: 0 }) {
  return alarms.map(({ name, scheduledTime, periodInMinutes }) => ({
    name,
    scheduledTime: new Date(scheduledTime + clock.offsetMs).toISOString(),
    // Firefox reports `periodInMinutes: null` for a one-shot alarm; Chrome leaves it out.
    isRepeating: typeof periodInMinutes === 'number',
  }));
}

async function text(page: Page, selector: string): Promise<string> {
  return normalizeSpaces(await page.$eval(selector, (element) => element.textContent));
}

/**
 * Opens every `<details>` in the popup, so axe-core also checks what they hide: the sections
 * first (each builds its body once open), then the details inside them.
 */
async function openAllSections(page: Page): Promise<void> {
  await page.$$eval('main > details', (sections) => {
    for (const section of sections) section.open = true;
  });
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('main > details')).every((section) => (section.querySelector(':scope > .section-body')?.childElementCount ?? 0) > 0),
  );
  await page.$$eval('main details', (details) => {
    for (const element of details) element.open = true;
  });
}

/** The options page's save confirmation beside `control` (a selector), once it says `expected` or after 5 s. */
async function readStatus(page: Page, control: string, expected: string): Promise<string> {
  return poll(() => readMessageBeside(page, control), (value) => value === expected, 5_000);
}

describe(`Firefox ESR with dist/firefox, ${TIME_ZONE}`, () => {
  let launched: LaunchedFirefox | undefined;
  let optionsPage: Page | undefined;

  const firefox = (): LaunchedFirefox => {
    if (!launched) throw new Error('Firefox did not start (see beforeAll).');
    return launched;
  };
  /** Polls the toolbar until `isDone`, then reads it once more so text, colours and tooltip come from one update. */
  const pollToolbar = async (isDone: (toolbar: ToolbarState) => boolean, timeoutMs = 10_000): Promise<ToolbarState> => {
    await poll(() => readToolbar(firefox().control), isDone, timeoutMs);
    return readToolbar(firefox().control);
  };
  const options = (): Page => {
    if (!optionsPage) throw new Error('The options page was not opened (see the "Change region" test).');
    return optionsPage;
  };

  beforeAll(async () => {
    launched = await launchFirefox({ timeZone: TIME_ZONE });
    await watchBackgroundErrors(launched.control);
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('installs as a temporary add-on under its gecko id, at its fixed origin, and Firefox reports no manifest warning or error', async () => {
    const { browser, addonId, control } = firefox();
    expect(addonId).toBe(GECKO_ID);
    expect(await readInstallReport(browser, addonId)).toEqual({ warnings: [], errors: [], isTemporary: true });

    const built = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { version: string };
    const running = await control.evaluate(async () => {
      const background = await (chrome.runtime as FirefoxRuntime).getBackgroundPage();
      return { origin: chrome.runtime.getURL(''), version: chrome.runtime.getManifest().version, background: background?.location.href ?? null };
    });
    expect(running.origin).toBe(`${EXTENSION_ORIGIN}/`);
    expect(running.version).toBe(built.version);
    // An event page (Firefox runs the background module as a page, not a service worker).
    expect(running.background?.startsWith(`${EXTENSION_ORIGIN}/`)).toBe(true);
  });

  test('default region, United States (suggested from America/Los_Angeles): ! on red, the cut-off in Los Angeles time', async () => {
    const { control } = firefox();
    const defaultTitle = await readDefaultTitle(control);
    const toolbar = await pollToolbar((state) => state.title !== defaultTitle);
    expect(toolbar.text).toBe('!');
    expect(toolbar.backgroundColor).toEqual(CRITICAL_RED);
    expectReadableText(toolbar);
    expect(normalizeSpaces(toolbar.title)).toBe(US_ENDED_TOOLTIP);

    // Every deadline has passed on the real clock: any alarm left must be the one-shot update alarm, in the future.
    const alarms = await readAlarms(control);
    const now = Date.now();
    expect(alarms.length).toBeLessThanOrEqual(1);
    for (const alarm of alarms) {
      expect(describeAlarms([alarm])[0]).toMatchObject({ name: UPDATE_ALARM_NAME, isRepeating: false });
      expect(alarm.scheduledTime).toBeGreaterThan(now);
    }
  });

  describe('popup', () => {
    let popup: Page | undefined;
    const openPopup = async (): Promise<Page> => (popup ??= await openExtensionPage(firefox().browser, 'src/popup.html', '#headline'));

    test('renders the headline, "What to do" with open steps, and the four sections', async () => {
      const page = await openPopup();
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en\b/);
      expect(await text(page, '#region-line')).toBe(localeMessage('en', 'popup_region_suggested', [localeMessage('en', 'region_us')]));
      // The same status as the background's tooltip.
      expect(await text(page, 'h1#headline')).toBe(US_ENDED_HEADLINE);
      expect(await text(page, '#meaning')).not.toBe('');
      // The checklist, right after the status: real, unticked checkboxes, each labelled by its step.
      expect(await text(page, 'section#checklist h2#checklist-heading')).toBe(localeMessage('en', 'checklist_heading'));
      expect(await page.$eval('section.status + section#checklist', (section) => section.id)).toBe('checklist');
      const boxes = await page.$$eval('#checklist input[type="checkbox"]', (inputs) =>
        inputs.map((input) => ({ isChecked: (input).checked, label: ((input).labels?.[0]?.textContent ?? '').trim() })),
      );
      expect(boxes.length).toBeGreaterThan(5);
      expect(boxes.filter((box) => box.isChecked || box.label === '')).toEqual([]);
      expect(await page.$('#all-set')).toBeNull();
      expect(
        await page.$$eval('main > details', (sections) =>
          sections.map((section) => ({ id: section.id, title: (section.querySelector('summary')?.textContent ?? '').trim() })),
        ),
      ).toEqual(POPUP_SECTIONS);
      expect(await text(page, 'footer #reviewed')).toMatch(/^Information reviewed on .+\.$/);
    });

    test('axe-core finds no violations, every section open', async () => {
      const page = await openPopup();
      await openAllSections(page);
      expect(await findAxeViolations(page)).toEqual([]);
    });

    test('"Change region" opens the options page in a tab', async () => {
      const { browser } = firefox();
      const page = await openPopup();
      const button = await page.waitForSelector('header button::-p-text(Change region)');
      expect(normalizeSpaces(await button?.evaluate((element) => element.textContent))).toBe('Change region');
      const opened = waitForExtensionPage(browser, 'src/options.html', 'select#region');
      await button?.click();
      optionsPage = await opened;
      await page.close();
      popup = undefined;
    });
  });

  describe('options', () => {
    test('the region select is labelled and suggests United States from the zone', async () => {
      const page = options();
      expect(await page.$eval('select#region', (select) => Array.from(select.labels).map((label) => label.textContent.trim()))).toEqual([
        'Your region',
      ]);
      expect(await page.$eval('select#region', (select) => select.value)).toBe('us');
      expect(normalizeSpaces(await page.$eval('body', (body) => body.innerText))).toContain(TIME_ZONE);
    });

    test('choosing Germany saves, says so, and the badge follows: ! on orange, "Germany: …"', async () => {
      const page = options();
      await page.select('select#region', 'de');
      expect(await readStatus(page, 'select#region', 'Saved. The badge now shows the status for Germany.')).toBe('Saved. The badge now shows the status for Germany.');

      const toolbar = await pollToolbar((state) => state.title.startsWith('Germany:'));
      expect(toolbar.text).toBe('!');
      expect(toolbar.backgroundColor).toEqual(WARNING_ORANGE);
      expectReadableText(toolbar);
      expect(toolbar.title).toMatch(/^Germany: /);
      const stored = await firefox().control.evaluate(async () => (await chrome.storage.sync.get('settings'))['settings']);
      expect(stored).toMatchObject({ region: 'de' });
    });

    test('choosing Indonesia: no badge text, "Indonesia: …"', async () => {
      const page = options();
      await page.select('select#region', 'id');
      expect(await readStatus(page, 'select#region', 'Saved. The badge now shows the status for Indonesia.')).toBe('Saved. The badge now shows the status for Indonesia.');

      const toolbar = await pollToolbar((state) => state.title.startsWith('Indonesia:'));
      expect(toolbar.text).toBe('');
      expect(toolbar.title).toMatch(/^Indonesia: /);
    });

    test('axe-core finds no violations', async () => {
      expect(await findAxeViolations(options())).toEqual([]);
    });

    test('dark theme chosen in the options page: axe-core finds no violations in options or popup', async () => {
      const page = options();
      await page.click('input[name="theme"][value="dark"]');
      expect(await readStatus(page, 'input[name="theme"]', 'Saved.')).toBe('Saved.');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      expect(await findAxeViolations(page)).toEqual([]);

      const popup = await openExtensionPage(firefox().browser, 'src/popup.html', '#headline');
      expect(await popup.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      await openAllSections(popup);
      expect(await findAxeViolations(popup)).toEqual([]);
      await popup.close();

      // Back to the default for the tests after this one.
      await page.click('input[name="theme"][value="system"]');
      expect(await poll(() => page.evaluate(() => document.documentElement.dataset['theme']), (theme) => theme === 'system', 5_000)).toBe('system');
    });

    test('choosing United States again: back to ! on red', async () => {
      const page = options();
      await page.select('select#region', 'us');
      expect(await readStatus(page, 'select#region', 'Saved. The badge now shows the status for United States.')).toBe('Saved. The badge now shows the status for United States.');
      const toolbar = await pollToolbar((state) => state.title.startsWith('United States:'));
      expect(toolbar.text).toBe('!');
      expect(toolbar.backgroundColor).toEqual(CRITICAL_RED);
      expect(normalizeSpaces(toolbar.title)).toBe(US_ENDED_TOOLTIP);
    });

    test('the checklist: every step ticked or its group set aside empties the badge; Undo brings the red ! back', async () => {
      const popup = await openExtensionPage(firefox().browser, 'src/popup.html', '#checklist');
      for (const id of ['mac', 'iphone', 'ultraav', 'password-manager', 'vpn-safe-kids', 'business']) {
        await popup.click(`#checklist-group-${id} button.not-for-me`);
        await popup.waitForSelector(`#checklist-group-${id} .set-aside`);
      }
      for (let box = await popup.$('#checklist input[type="checkbox"]:not(:checked)'); box; box = await popup.$('#checklist input[type="checkbox"]:not(:checked)')) {
        await box.click();
        await poll(async () => box.evaluate((input) => (input).checked), (isChecked) => isChecked, 5_000);
      }
      await popup.waitForSelector('#all-set');
      // The popup was opened, so nothing is "new" either: no text at all.
      expect((await pollToolbar((state) => state.text === '')).text).toBe('');
      await popup.click('#checklist-details summary');
      await popup.click('#checklist-group-mac button.link-button');
      const back = await pollToolbar((state) => state.text === '!');
      expect({ text: back.text, backgroundColor: back.backgroundColor }).toEqual({ text: '!', backgroundColor: CRITICAL_RED });
      await popup.close();
    });
  });

  describe('background on a fake clock (United States)', () => {
    test('2024-09-01T12:00Z, September 1 in Los Angeles, 27 calendar days before the cut-off: 27d on orange after an update', async () => {
      const { control } = firefox();
      await installFakeClock(control, '2024-09-01T12:00:00Z');
      await fireUpdateAlarm(control);
      const toolbar = await pollToolbar((state) => state.text === '27d');
      expect(toolbar.text).toBe('27d');
      expect(toolbar.backgroundColor).toEqual(COUNTDOWN_ORANGE);
      expectReadableText(toolbar);
      expect(normalizeSpaces(toolbar.title)).toBe(US_COUNTDOWN_TOOLTIP);
    });

    test('exactly one alarm, update-badge, one-shot, at midnight in Los Angeles when 26 days are left (2024-09-02T07:00Z)', async () => {
      const { control } = firefox();
      const clock = await installFakeClock(control, '2024-09-01T12:00:00Z');
      await fireUpdateAlarm(control);
      const expected = [{ name: UPDATE_ALARM_NAME, scheduledTime: '2024-09-02T07:00:00.000Z', isRepeating: false }];
      const alarms = await poll(
        async () => describeAlarms(await readAlarms(control), clock),
        (seen) => JSON.stringify(seen) === JSON.stringify(expected),
        5_000,
      );
      expect(alarms).toEqual(expected);
    });

    test('30 min before the cut-off: 1h on orange, and the one alarm is set for the cut-off itself', async () => {
      const { control } = firefox();
      const clock = await installFakeClock(control, '2024-09-29T03:30:00Z');
      await fireUpdateAlarm(control);
      const toolbar = await pollToolbar((state) => state.text === '1h');
      expect(toolbar.text).toBe('1h');
      expect(toolbar.backgroundColor).toEqual(COUNTDOWN_ORANGE);
      expectReadableText(toolbar);
      expect(normalizeSpaces(toolbar.title)).toBe(US_COUNTDOWN_TOOLTIP);
      const expected = [{ name: UPDATE_ALARM_NAME, scheduledTime: new Date(US_CUT_OFF).toISOString(), isRepeating: false }];
      expect(await poll(async () => describeAlarms(await readAlarms(control), clock), (seen) => JSON.stringify(seen) === JSON.stringify(expected), 5_000)).toEqual(
        expected,
      );
    });

    test('4 s before the cut-off: its alarm alone flips the badge to ! on red at the cut-off', async () => {
      const { control } = firefox();
      const cutOff = new Date(US_CUT_OFF).getTime();
      const clock = await installFakeClock(control, '2024-09-29T03:59:56Z');
      await fireUpdateAlarm(control);
      // The update we triggered ran before the cut-off (so it showed 1h) and asked for a wake-up
      // at the cut-off. Nothing is done to the extension after it.
      const [first] = await poll(() => readAlarmRequests(control), (requests) => requests.length > 0, 5_000);
      expect(first).toEqual({ name: UPDATE_ALARM_NAME, when: cutOff, at: expect.any(Number) as number });
      expect(first?.at).toBeLessThan(cutOff);

      const after = await pollToolbar((state) => state.text === '!', 15_000);
      expect(after.text).toBe('!');
      expect(after.backgroundColor).toEqual(CRITICAL_RED);
      expect(normalizeSpaces(after.title)).toBe(US_JUST_ENDED_TOOLTIP);
      expect(await readBackgroundNow(control)).toBeGreaterThanOrEqual(cutOff);

      // The flip came from the update the alarm ran. Before the cut-off the extension only ever
      // asked for the cut-off (one update asks twice: before and after its policy read); anything
      // asked for since is later, and so is any alarm left.
      const requests = await readAlarmRequests(control);
      expect(requests.filter((request) => request.at < cutOff).map((request) => request.when)).toEqual(
        requests.filter((request) => request.at < cutOff).map(() => cutOff),
      );
      expect(requests.filter((request) => request.at >= cutOff).length).toBeGreaterThan(0);
      for (const alarm of describeAlarms(await readAlarms(control), clock)) {
        expect(alarm).toMatchObject({ name: UPDATE_ALARM_NAME, isRepeating: false });
        expect(new Date(alarm.scheduledTime).getTime()).toBeGreaterThan(cutOff);
      }
    });
  });

  test('the background page reported no error all along', async () => {
    expect(await readBackgroundErrors(firefox().control)).toEqual([]);
  });
});
