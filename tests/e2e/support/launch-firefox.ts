/// <reference types="chrome" />
/**
 * Real Firefox (Debian's firefox-esr) with dist/firefox installed, driven by puppeteer-core over
 * WebDriver BiDi: geckodriver cannot be installed here and Playwright cannot drive stock Firefox.
 *
 * Firefox-specific things these helpers deal with:
 * - The add-on's moz-extension UUID is random per profile; a pref fixes it, so page URLs are known.
 * - `page.goto('moz-extension://…')` never resolves: the helpers fire it and watch the page.
 * - libfaketime does not start Firefox here. The background is an event page, reachable with
 *   `runtime.getBackgroundPage()` from any extension page, so `installFakeClock` replaces its `Date`
 *   and, as libfaketime would for the whole browser, moves the alarms it creates onto the real clock
 *   (Firefox's alarm scheduler runs on the real clock, in the parent process).
 * - Extension pages forbid added scripts (`script-src 'self'`); axe-core is evaluated over BiDi,
 *   which the page's CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/find-firefox.ts';
import { GECKO_ID } from '../../../scripts/manifest-plugin.ts';
import type { ToolbarState } from './launch-extension';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../../dist/firefox');

/** Any valid UUID: set through `extensions.webextensions.uuids` so the extension's origin is known. */
export const EXTENSION_UUID = '3f6c2a9e-8b1d-4e57-a0c4-5d9e7b21f0a8';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The one alarm the extension sets (src/platform/alarms.ts, which cannot be imported under Node). */
export const UPDATE_ALARM_NAME = 'update-badge';

export interface FirefoxLaunchOptions {
  /** IANA zone for TZ, which Firefox's `Intl` follows. */
  readonly timeZone: string;
  /** More preferences for the fresh profile. */
  readonly extraPrefs?: Readonly<Record<string, unknown>>;
  /** The unpacked extension to install; the built `dist/firefox` when absent. */
  readonly extensionDir?: string;
}

export interface LaunchedFirefox {
  readonly browser: Browser;
  /** What `installExtension` returned: the add-on id. */
  readonly addonId: string;
  /**
   * An extension page kept open for the whole run: the tests read the toolbar, alarms and storage
   * through it. The fake clock's functions live in this page, so it must stay open while a fake
   * clock is installed (closing it would leave the background page holding dead objects).
   */
  readonly control: Page;
  close(): Promise<void>;
}

/** Starts Firefox with a fresh profile, installs the extension (dist/firefox) and opens the control page. */
export async function launchFirefox({ timeZone, extraPrefs = {}, extensionDir = FIREFOX_DIST }: FirefoxLaunchOptions): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages, and to evaluate in
    // the browser's own context (readInstallReport).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: timeZone },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The fake clock lives in one instance of the event page: keep it from being suspended
      // after the default 30 s idle (5 min is the most Firefox accepts).
      'extensions.background.idle.timeout': 300_000,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      ...extraPrefs,
    },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    const control = await openExtensionPage(browser, 'src/popup.html', '#headline');
    return {
      browser,
      addonId,
      control,
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function isShowing(page: Page, url: string, selector: string): Promise<boolean> {
  try {
    return await page.evaluate((expectedUrl, readySelector) => location.href === expectedUrl && document.querySelector(readySelector) !== null, url, selector);
  } catch {
    // The page is between documents.
    return false;
  }
}

async function waitUntilShowing(page: Page, url: string, selector: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isShowing(page, url, selector)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

/**
 * Opens an extension page in a new tab and waits until `readySelector` is in it. The navigation's
 * promise never settles in Firefox, so it is fired and the page watched; a lost first navigation
 * is retried once.
 */
export async function openExtensionPage(browser: Browser, path: string, readySelector: string, timeoutMs = 16_000): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    page.goto(url).catch(() => undefined);
    if (await waitUntilShowing(page, url, readySelector, timeoutMs / 2)) return page;
  }
  await page.close().catch(() => undefined);
  throw new Error(`${url} never showed ${readySelector}`);
}

/**
 * Waits for a tab showing an extension page the extension opened itself (e.g. with
 * `runtime.openOptionsPage`). Puppeteer keeps reporting such tabs as `about:blank` (Firefox sends
 * no navigation events for moz-extension pages), so each tab is asked where it is.
 */
export async function waitForExtensionPage(browser: Browser, path: string, readySelector: string, timeoutMs = 10_000): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (await isShowing(page, url, readySelector)) return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No tab showed ${url} with ${readySelector} within ${timeoutMs} ms`);
}

/** Badge text, colours and tooltip, read from an extension page (the event page has no target of its own). */
export async function readToolbar(page: Page): Promise<ToolbarState> {
  return page.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    backgroundColor: await chrome.action.getBadgeBackgroundColor({}),
    textColor: await chrome.action.getBadgeTextColor({}),
    title: await chrome.action.getTitle({}),
  }));
}

/** The tooltip before the extension sets one: the extension's name. */
/**
 * The options page's message beside `control` (a selector): the first `role=status` element in
 * the closest ancestor of the control that holds one, spaces normalised ('' when empty).
 */
export async function readMessageBeside(page: Page, control: string): Promise<string> {
  const message = await page.$eval(control, (element) => {
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const status = ancestor.querySelector('[role="status"]');
      if (status) return status.textContent;
    }
    return '';
  });
  return message.replace(/\s+/g, ' ').trim();
}

export async function readDefaultTitle(page: Page): Promise<string> {
  return page.evaluate(() => chrome.i18n.getMessage('extension_name'));
}

/** Every alarm the extension has, as Firefox reports it (`scheduledTime` on the real clock). */
export async function readAlarms(page: Page): Promise<chrome.alarms.Alarm[]> {
  return page.evaluate(() => chrome.alarms.getAll());
}

/** Runs the extension's update now, for real: its own alarm, fired at once. */
export async function fireUpdateAlarm(page: Page): Promise<void> {
  await page.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), UPDATE_ALARM_NAME);
}

/**
 * Firefox keeps `runtime.getBackgroundPage` for MV3 event pages; Chrome's typings mark it
 * deprecated (a service worker has no page).
 */
export interface FirefoxRuntime {
  getBackgroundPage(): Promise<Window | null>;
}

export interface FakeClock {
  /** Fake minus real time, in ms. */
  readonly offsetMs: number;
}

/** An `alarms.create` call by the background: `when` as asked for, and the fake time it was asked at. */
export interface AlarmRequest {
  readonly name: string;
  readonly when: number | undefined;
  readonly at: number;
}

/**
 * Replaces `Date` in the background page with a clock that starts at `instant` and runs at real
 * speed (`FakeDate.prototype === Date.prototype`, or `@date-fns/tz` computes wrong wall times), and
 * rebases the `when` of every alarm the background creates onto the real clock, so a one-shot
 * alarm fires when the fake clock reaches its instant (Firefox fires an alarm whose `when` has
 * passed at once, so without this an update at a past instant would loop). Those requests are
 * also logged, from this install on (readAlarmRequests). Installing again replaces the clock.
 * Nothing else in the browser is affected: the popup and options pages keep the real time.
 */
export async function installFakeClock(control: Page, instant: string): Promise<FakeClock> {
  const offsetMs = await control.evaluate(async (startMs) => {
    interface Saved {
      readonly realDate: DateConstructor;
      readonly realCreate: (name: string, info: chrome.alarms.AlarmCreateInfo) => Promise<void>;
    }
    type Background = Window & typeof globalThis & { browser: typeof chrome; kbsFakeClock?: Saved; kbsAlarmRequests?: AlarmRequest[] };
    const background = (await (chrome.runtime as FirefoxRuntime).getBackgroundPage()) as Background | null;
    if (!background) throw new Error('The extension has no background page.');
    const alarms = background.browser.alarms;
    const saved: Saved = background.kbsFakeClock ?? { realDate: background.Date, realCreate: alarms.create };
    background.kbsFakeClock = saved;
    const RealDate = saved.realDate;
    const offset = startMs - RealDate.now();
    const fakeNow = (): number => RealDate.now() + offset;

    const FakeDate = function (...args: unknown[]): Date | string {
      const calledWithNew: unknown = new.target;
      if (calledWithNew === undefined) return new RealDate(fakeNow()).toString();
      return Reflect.construct(RealDate, args.length === 0 ? [fakeNow()] : args, new.target) as Date;
    } as unknown as DateConstructor;
    Object.defineProperty(FakeDate, 'prototype', { value: RealDate.prototype });
    Object.defineProperty(FakeDate, 'now', { value: fakeNow });
    Object.defineProperty(FakeDate, 'parse', { value: RealDate.parse.bind(RealDate) });
    Object.defineProperty(FakeDate, 'UTC', { value: RealDate.UTC.bind(RealDate) });
    background.Date = FakeDate;

    const requests: AlarmRequest[] = [];
    background.kbsAlarmRequests = requests;
    const rebasedCreate = (name: string, info: chrome.alarms.AlarmCreateInfo) => {
      requests.push({ name, when: info.when, at: fakeNow() });
      return saved.realCreate.call(alarms, name, info.when === undefined ? info : { ...info, when: info.when - offset });
    };
    Object.defineProperty(alarms, 'create', { value: rebasedCreate, configurable: true, writable: true });
    return offset;
  }, new Date(instant).getTime());
  return { offsetMs };
}

/** The alarms the background asked for since the fake clock was last installed, oldest first. */
export async function readAlarmRequests(control: Page): Promise<AlarmRequest[]> {
  return control.evaluate(async () => {
    const background: (Window & { kbsAlarmRequests?: AlarmRequest[] }) | null = await (chrome.runtime as FirefoxRuntime).getBackgroundPage();
    if (!background?.kbsAlarmRequests) throw new Error('The background page has no fake clock (was it restarted?).');
    return background.kbsAlarmRequests.map(({ name, when, at }) => ({ name, when, at }));
  });
}

/** The background page's current time; fails if the page restarted and so lost the fake clock. */
export async function readBackgroundNow(control: Page): Promise<number> {
  return control.evaluate(async () => {
    const background = (await (chrome.runtime as FirefoxRuntime).getBackgroundPage()) as (Window & typeof globalThis & { kbsFakeClock?: unknown }) | null;
    if (!background?.kbsFakeClock) throw new Error('The background page has no fake clock (was it restarted?).');
    return background.Date.now();
  });
}

/**
 * Records, in the background page, what it reports with `console.error` (the update's catch-all)
 * and any uncaught error or rejection, from now on. Read with `readBackgroundErrors`.
 */
export async function watchBackgroundErrors(control: Page): Promise<void> {
  await control.evaluate(async () => {
    type Background = Window & typeof globalThis & { kbsErrors?: string[] };
    const background = (await (chrome.runtime as FirefoxRuntime).getBackgroundPage()) as Background | null;
    if (!background) throw new Error('The extension has no background page.');
    if (background.kbsErrors) return;
    const errors: string[] = [];
    background.kbsErrors = errors;
    const describe = (value: unknown): string => (value instanceof background.Error ? `${value.name}: ${value.message}` : String(value));
    const realError = background.console.error.bind(background.console);
    background.console.error = (...args: unknown[]) => {
      errors.push(args.map(describe).join(' '));
      realError(...args);
    };
    background.addEventListener('error', (event) => errors.push(`uncaught: ${describe(event.error ?? event.message)}`));
    background.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${describe(event.reason)}`));
  });
}

export async function readBackgroundErrors(control: Page): Promise<string[]> {
  return control.evaluate(async () => {
    const background: (Window & { kbsErrors?: string[] }) | null = await (chrome.runtime as FirefoxRuntime).getBackgroundPage();
    const errors: string[] = background?.kbsErrors ?? ['(not watched: the background page was restarted)'];
    return [...errors];
  });
}

export interface InstallReport {
  readonly warnings: readonly string[];
  readonly errors: readonly string[];
  readonly isTemporary: boolean;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Firefox's own report of the install: the manifest warnings and errors that about:debugging
 * shows. Read in the parent process over BiDi (needs `--remote-allow-system-access`).
 */
export async function readInstallReport(browser: Browser, addonId: string): Promise<InstallReport> {
  // Puppeteer's BiDi browser exposes its connection; the typings do not.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('No chrome browsing context (is --remote-allow-system-access set?).');
  const expression = `(() => {
    const policy = WebExtensionPolicy.getByID(${JSON.stringify(addonId)});
    const extension = policy && policy.extension;
    return JSON.stringify(extension ? { warnings: extension.warnings, errors: extension.errors, isTemporary: policy.temporarilyInstalled } : null);
  })()`;
  const response = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false, resultOwnership: 'none' })).result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text?: string };
  };
  if (response.type !== 'success' || typeof response.result?.value !== 'string') {
    throw new Error(`Could not read the install report: ${response.exceptionDetails?.text ?? JSON.stringify(response)}`);
  }
  const report = JSON.parse(response.result.value) as InstallReport | null;
  if (!report) throw new Error(`Firefox has no running extension ${addonId}.`);
  return report;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary: string }[];
}

interface AxeApi {
  run(context: Document, options: { resultTypes: string[] }): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  }>;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is. A `<script>` added to the page would be blocked by the
 * extension's CSP (`addScriptTag` silently does nothing), so the source is evaluated over BiDi.
 */
export async function findAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: AxeApi };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary: failureSummary ?? '' })),
    }));
  });
}
