/// <reference types="chrome" />
/**
 * "Print checklist" for the people who help: the status page printed to PDF by real Chromium fits
 * on one page, in the reader's language, with the headline, the steps and their state, and the
 * review date; no source list, the status page's address instead. Checked in every language, in
 * every region that has a checklist, on A4 and Letter, before and after the US cut-off, with no
 * step ticked (the longest printout), some ticked, and all ticked (the list folded on screen).
 * The type stays readable: no printed text is smaller than 10pt, and a reader's dark theme still
 * prints dark ink on the white paper (the settings choose it).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { getChecklist } from '../../src/core/checklists';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS, type RegionId } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';
import { localeMessage, type UiLanguage } from './support/extension-pages';
import { launchExtension, openExtensionPage, type LaunchedExtension } from './support/launch-extension';
import { waitForFirstUpdate } from './support/observe';

const PAPERS = ['A4', 'Letter'] as const;

/** 10pt in CSS pixels (1pt = 4/3 px): the smallest type an older reader should be given on paper. */
const SMALLEST_PRINTED_TEXT_PX = (10 * 4) / 3;

/** PDF pages, counted from the page objects of the file (`/Type /Page`, not the `/Pages` tree). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** The groups a region's checklist shows at `startAt`, in order; none where nothing is to be done. */
function getGroupIds(region: RegionId, startAt: string, timeZone: string): string[] {
  const now = new Date(startAt);
  return getChecklist(CHECKLIST_GROUPS, MILESTONES, region, getStatus(MILESTONES, region, now, { timeZone }).level, now).map((group) => group.id);
}

/** Every region with a checklist at `startAt`: the matrix follows the data, not a list kept here. */
function getRegionsWithChecklist(startAt: string, timeZone: string): RegionId[] {
  return REGION_IDS.filter((region) => getGroupIds(region, startAt, timeZone).length > 0);
}

/**
 * Printed text that is hard to read, with the element that carries it: type smaller than 10pt, or
 * ink fainter than 4.5:1 against the white paper. Every rendered element with a text of its own
 * counts (a heading, a step, a note, the address).
 */
async function findHardToReadText(page: Page): Promise<string[]> {
  return page.evaluate((smallestPx) => {
    const channelLuminance = (value: number): number => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
    const contrastOnWhite = (color: string): number => {
      const [red = 0, green = 0, blue = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((channel) => channelLuminance(channel / 255));
      return 1.05 / (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05);
    };
    const problems: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const ownText = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!ownText || element.getClientRects().length === 0 || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      const size = Number.parseFloat(style.fontSize);
      const where = `<${element.tagName.toLowerCase()} class="${element.className}">${ownText.slice(0, 40)}`;
      if (size < smallestPx - 0.01) problems.push(`${size.toFixed(2)}px ${where}`);
      // Computed colours are `rgb()` in Chromium; anything else is reported rather than misread.
      if (!style.color.startsWith('rgb') || contrastOnWhite(style.color) < 4.5) problems.push(`${style.color} on white ${where}`);
    }
    return problems;
  }, SMALLEST_PRINTED_TEXT_PX);
}

type TickState = 'no step ticked' | 'first step of each group ticked' | 'every step ticked';
const TICK_STATES: readonly TickState[] = ['no step ticked', 'first step of each group ticked', 'every step ticked'];

/** Ticks steps on screen, as a reader does before printing, until the page shows `state`. */
async function tickSteps(page: Page, state: TickState): Promise<void> {
  if (state === 'no step ticked') return;
  const boxes = state === 'every step ticked' ? page.locator('#checklist input[type="checkbox"]') : page.locator('#checklist .checklist-group li:first-child input[type="checkbox"]');
  for (const box of await boxes.all()) await box.check();
  if (state === 'every step ticked') await page.locator('#all-set').waitFor();
}

/** Each language once through the browser's own language and, for Spanish, as chosen in the options. */
const LANGUAGES: readonly { readonly browserLanguage: string; readonly chosen: UiLanguage | undefined; readonly shown: UiLanguage }[] = [
  { browserLanguage: 'en-US', chosen: undefined, shown: 'en' },
  { browserLanguage: 'id', chosen: undefined, shown: 'id' },
  { browserLanguage: 'en-US', chosen: 'es', shown: 'es' },
];

/**
 * Just before the US cut-off (the countdown in hours, with the clock in another zone than the
 * rule's), and long after it (the headline names the month).
 */
const INSTANTS = [
  { startAt: '2024-09-28T12:00:00Z', timeZone: 'Europe/Madrid' },
  { startAt: '2026-12-10T17:00:00Z', timeZone: 'America/New_York' },
] as const;

const SCENARIOS = LANGUAGES.flatMap((language) => INSTANTS.map((instant) => ({ ...language, ...instant })));

describe.each(SCENARIOS)('printed in $shown (browser $browserLanguage), clock at $startAt in $timeZone', ({ browserLanguage, chosen, shown, startAt, timeZone }) => {
  let launched: LaunchedExtension | undefined;

  beforeAll(async () => {
    launched = await launchExtension({ startAt, timeZone, language: browserLanguage });
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
  });

  afterAll(async () => {
    await launched?.close();
  });

  test.each(getRegionsWithChecklist(startAt, timeZone))('region %s: one page on A4 and Letter, ticked or not, with every group and its state, the headline, the review date and the status address; no sources; no text under 10pt or faint', async (region) => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    // A fresh list for each region: no marks left from the one before.
    await launched.worker.evaluate(async ({ region: chosenRegion, language }) => {
      const marks = Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('checklist.'));
      await chrome.storage.local.remove(marks);
      await chrome.storage.sync.set({ settings: { version: 3, region: chosenRegion, language, isBadgeShown: true, theme: 'dark', areRemindersEnabled: false, mutedMilestoneIds: [] } });
    }, { region, language: chosen ?? 'browser' });
    const page = await openExtensionPage(launched, 'src/popup.html?view=tab');
    page.setDefaultTimeout(10_000);
    await page.locator('#checklist').waitFor();
    const groupIds = getGroupIds(region, startAt, timeZone);

    const pageCounts: Record<string, number> = {};
    for (const state of TICK_STATES) {
      await page.emulateMedia({ media: 'screen' });
      await tickSteps(page, state);
      await page.emulateMedia({ media: 'print' });
      // Printing unfolds a finished list (on `beforeprint`): what follows reads the page as printed.
      for (const paper of PAPERS) pageCounts[`${state}, ${paper}`] = countPdfPages(await page.pdf({ format: paper, printBackground: false }));
      // What the printout must carry, and what it leaves out.
      expect(await page.locator('#headline').isVisible()).toBe(true);
      for (const id of groupIds) expect(await page.locator(`#checklist-group-${id}`).isVisible(), `group ${id}, ${state}`).toBe(true);
      const tickedCount = await page.locator('#checklist input[type="checkbox"]:checked').count();
      const stepCount = await page.locator('#checklist input[type="checkbox"]').count();
      expect(tickedCount, state).toBe(state === 'no step ticked' ? 0 : state === 'every step ticked' ? stepCount : groupIds.length);
      expect(await page.locator('#reviewed').isVisible()).toBe(true);
      expect(await page.locator('.print-only').isVisible()).toBe(true);
      expect(await page.locator('.print-only').textContent()).toContain(`chrome-extension://${launched.extensionId}/src/popup.html?view=tab`);
      expect(await page.locator('.print-only').textContent()).toContain(localeMessage(shown, 'print_status_link', ['']).trim());
      expect(await page.locator('.source-inline').first().isVisible()).toBe(false);
      expect(await page.locator('button').first().isVisible()).toBe(false);
      // Soft, with the page counts below: a run reports every size and count that is wrong.
      expect.soft(Number.parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize)), `body text, ${state}`).toBeGreaterThanOrEqual(SMALLEST_PRINTED_TEXT_PX - 0.01);
      expect.soft(await findHardToReadText(page), `text under 10pt or faint, ${state}`).toEqual([]);
    }
    expect.soft(pageCounts, 'printed pages').toEqual(Object.fromEntries(Object.keys(pageCounts).map((key) => [key, 1])));
    await page.close();
  });
});
