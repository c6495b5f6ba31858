/**
 * One launch of one contestant: cold start to badge, the alarms it set, the popup's first open
 * (paints, main-thread time, heap, scripts) and its repeat opens in the same browser.
 */
import type { BrowserContext } from 'playwright-core';
import type { LaunchMeasurement, FirstPopupOpen, PopupOpen } from './launch-measurement.ts';
import { measureScriptFiles, toPackagePath } from './measure-script-files.ts';
import type { Contestant } from './prepare-contestants.ts';
import {
  closeExtensionPage,
  openExtensionPage,
  readHeapAfterGarbageCollection,
  readMainThreadTime,
  readPaintTimes,
  waitForIdle,
} from './extension-page.ts';
import { readAlarms, waitForBadge, withLaunchedBrowser, type LaunchSettings } from './with-launched-browser.ts';

/** The popup is opened this many times more after the first, each after closing the last. */
export const REPEAT_OPENS = 2;
const LAUNCH_BUDGET_MS = 90_000;

async function measureFirstOpen(context: BrowserContext, url: string, contestant: Contestant): Promise<FirstPopupOpen> {
  const opened = await openExtensionPage(context, url);
  try {
    const paintTimes = await readPaintTimes(opened.cdp);
    await waitForIdle(opened.cdp);
    // Metrics before the garbage collection, which is our work, not the page's.
    const mainThread = await readMainThreadTime(opened.cdp);
    const heapBytes = await readHeapAfterGarbageCollection(opened.cdp);
    const scripts = measureScriptFiles(contestant.dir, opened.scriptUrls.map(toPackagePath));
    return { ...paintTimes, ...mainThread, heapBytes, scripts };
  } finally {
    await closeExtensionPage(opened);
  }
}

async function measureRepeatOpen(context: BrowserContext, url: string): Promise<PopupOpen> {
  const opened = await openExtensionPage(context, url);
  try {
    return await readPaintTimes(opened.cdp);
  } finally {
    await closeExtensionPage(opened);
  }
}

export async function measureLaunch(contestant: Contestant, round: number, settings: LaunchSettings): Promise<LaunchMeasurement> {
  return withLaunchedBrowser(contestant, settings, LAUNCH_BUDGET_MS, async (browser) => {
    const coldStartToBadgeMs = await waitForBadge(browser, contestant);
    const alarms = await readAlarms(browser.worker);
    const popupUrl = browser.urlOf(contestant.popupPath);
    const firstOpen = await measureFirstOpen(browser.context, popupUrl, contestant);
    const repeatOpens: PopupOpen[] = [];
    for (let open = 0; open < REPEAT_OPENS; open += 1) repeatOpens.push(await measureRepeatOpen(browser.context, popupUrl));
    return { contestant: contestant.name, round, coldStartToBadgeMs, alarms: alarms.total, periodicAlarms: alarms.periodic, firstOpen, repeatOpens };
  });
}
