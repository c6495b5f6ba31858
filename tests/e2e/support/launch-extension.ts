/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { getExtensionLaunchArgs } from '../../../scripts/extension-launch-args.ts';
import { writeFaketimeWrapper } from '../../../scripts/faketime-wrapper.ts';
import { findChromium } from '../../../scripts/find-chromium.ts';

export const CHROME_DIST = resolve(import.meta.dirname, '../../../dist/chrome');

export interface LaunchOptions {
  /** ISO 8601 instant the browser's clock starts at (libfaketime); the real clock when absent. */
  readonly startAt?: string;
  /** IANA zone for TZ. */
  readonly timeZone: string;
  /** Chromium UI language, e.g. `en-US` or `id`. */
  readonly language: string;
  /** Reuse a profile (to test a restart); a fresh one otherwise. */
  readonly profileDir?: string;
  /** The unpacked extension to load; the built `dist/chrome` when absent. */
  readonly extensionDir?: string;
  /** More Chromium switches, appended after the defaults (e.g. `--proxy-server=…`). */
  readonly extraArgs?: readonly string[];
}

export interface LaunchedExtension {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly profileDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Starts Debian Chromium with the built extension loaded, at a chosen instant, zone and language. */
export async function launchExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'kbs-profile-')));
  const toolDir = await mkdtemp(join(tmpdir(), 'kbs-launch-'));
  const chromiumPath = findChromium();
  const executablePath = options.startAt
    ? await writeFaketimeWrapper(toolDir, chromiumPath, options.startAt, options.timeZone)
    : chromiumPath;
  const extensionDir = options.extensionDir ?? CHROME_DIST;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    locale: options.language,
    env: { ...process.env, TZ: options.timeZone, LANGUAGE: options.language, LANG: `${options.language.replace('-', '_')}.UTF-8` },
    args: [
      ...getExtensionLaunchArgs(extensionDir),
      `--lang=${options.language}`,
      '--no-sandbox',
      '--disable-gpu',
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // An error the extension's pages or worker log fails the test, like one logged in node
  // (tests/support/console-error-trap.ts). Messages from before this line (the worker's first
  // start) are not seen here: hardening.e2e.ts watches a restarted worker for those. Nor are those
  // from closing: an update cut off by the test's own close logs "The browser is shutting down".
  let isClosing = false;
  context.on('console', (message) => {
    if (message.type() !== 'error' || isClosing) return;
    const source = message.worker()?.url() ?? message.page()?.url() ?? message.location().url;
    if (source.startsWith(`chrome-extension://${extensionId}/`)) console.error(`console.error in ${source}: ${message.text()}`);
  });
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close({ keepProfile = false } = {}) {
      isClosing = true;
      await context.close();
      await rm(toolDir, { recursive: true, force: true });
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

export interface ToolbarState {
  readonly text: string;
  readonly backgroundColor: readonly number[];
  readonly textColor: readonly number[];
  readonly title: string;
}

export async function readToolbar(worker: Worker): Promise<ToolbarState> {
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    backgroundColor: await chrome.action.getBadgeBackgroundColor({}),
    textColor: await chrome.action.getBadgeTextColor({}),
    title: await chrome.action.getTitle({}),
  }));
}

/** Polls the toolbar until `isDone` holds: the first update runs right after the worker starts. */
export async function waitForToolbar(worker: Worker, isDone: (state: ToolbarState) => boolean, timeoutMs = 10_000): Promise<ToolbarState> {
  const deadline = Date.now() + timeoutMs;
  let state = await readToolbar(worker);
  while (!isDone(state)) {
    if (Date.now() > deadline) throw new Error(`Toolbar never reached the expected state; last seen ${JSON.stringify(state)}`);
    await new Promise((done) => setTimeout(done, 100));
    state = await readToolbar(worker);
  }
  return state;
}

/** The update alarms and any other alarm the extension has set, read in the worker. */
export async function readAlarms(worker: Worker): Promise<chrome.alarms.Alarm[]> {
  return worker.evaluate(() => chrome.alarms.getAll());
}

/** The tooltip the browser shows before the extension sets one: the extension's name in the UI language. */
export async function readDefaultTitle(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.i18n.getMessage('extension_name'));
}

/**
 * The extension's running service worker. `launched.worker` is the one seen at start; should the
 * browser stop it and wake a new one (an alarm does that), this finds the new one.
 */
export async function getLiveWorker(launched: LaunchedExtension): Promise<Worker> {
  const prefix = `chrome-extension://${launched.extensionId}/`;
  return (
    launched.context.serviceWorkers().find((worker) => worker.url().startsWith(prefix)) ??
    (await launched.context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith(prefix) }))
  );
}

export async function openExtensionPage(launched: LaunchedExtension, path: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
  return page;
}
