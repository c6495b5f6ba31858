/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { getExtensionLaunchArgs } from '../../scripts/extension-launch-args.ts';
import { writeFaketimeWrapper } from '../../scripts/faketime-wrapper.ts';
import { findChromium } from '../../scripts/find-chromium.ts';
import type { BadgeState, Contestant } from './prepare-contestants.ts';
import { withTimeout } from './with-timeout.ts';

export interface LaunchSettings {
  /** The instant every browser starts at (libfaketime); its clock runs on from there. */
  readonly startAt: string;
  /** TZ of the browser (libfaketime reads the start in it too). */
  readonly timeZone: string;
  /** Where the fresh profiles go. */
  readonly workDir: string;
}

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  /** performance.now() just before the browser was asked to start. */
  readonly startedAt: number;
  /** chrome-extension://<id>/<path> of the contestant. */
  readonly urlOf: (path: string) => string;
}

const LAUNCH_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 15_000;
const BADGE_TIMEOUT_MS = 20_000;

/**
 * Starts Chromium with the contestant loaded, in a fresh profile, its clock at `settings.startAt`
 * (the whole browser, service worker included), in English, and gives it to `use`; always closes
 * it and deletes the profile. `use` gets `budgetMs` in all, so one stuck launch cannot hang the run.
 */
export async function withLaunchedBrowser<T>(contestant: Contestant, settings: LaunchSettings, budgetMs: number, use: (browser: LaunchedBrowser) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(settings.workDir, 'profile-'));
  let context: BrowserContext | undefined;
  try {
    const executablePath = await writeFaketimeWrapper(profile, findChromium(), settings.startAt, settings.timeZone);
    const startedAt = performance.now();
    context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
      executablePath,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      env: { ...process.env, TZ: settings.timeZone, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
      args: [
        ...getExtensionLaunchArgs(contestant.dir),
        '--lang=en-US',
        '--no-sandbox',
        '--disable-gpu',
      ],
    });
    const launched = context;
    const worker = launched.serviceWorkers()[0] ?? (await launched.waitForEvent('serviceworker', { timeout: LAUNCH_TIMEOUT_MS }));
    const extensionId = new URL(worker.url()).host;
    return await withTimeout(use({ context: launched, worker, startedAt, urlOf: (path) => `chrome-extension://${extensionId}/${path}` }), budgetMs, `${contestant.name} launch`);
  } finally {
    await (context ? withTimeout(context.close(), CLOSE_TIMEOUT_MS, 'closing the browser') : Promise.resolve()).catch((error: unknown) => {
      console.warn(`\n${String(error)}`);
    });
    rmSync(profile, { recursive: true, force: true });
  }
}

async function readBadge(worker: Worker): Promise<BadgeState> {
  return worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
}

/** Milliseconds from `startedAt` until the contestant's badge is drawn, polled every 5 ms. */
export async function waitForBadge(browser: LaunchedBrowser, contestant: Contestant): Promise<number> {
  const deadline = performance.now() + BADGE_TIMEOUT_MS;
  while (!contestant.isBadgeReady(await readBadge(browser.worker))) {
    if (performance.now() > deadline) throw new Error(`${contestant.name}: no badge within ${BADGE_TIMEOUT_MS / 1000} s`);
    await new Promise((done) => setTimeout(done, 5));
  }
  return performance.now() - browser.startedAt;
}

export async function readAlarms(worker: Worker): Promise<{ total: number; periodic: number }> {
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  return { total: alarms.length, periodic: alarms.filter((alarm) => alarm.periodInMinutes !== undefined).length };
}
