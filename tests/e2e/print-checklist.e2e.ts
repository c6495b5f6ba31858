/**
 * "Print checklist" for the people who help: the status page printed to PDF by real Chromium fits
 * on one page, in the reader's language, with the headline, the steps and their state, and the
 * review date; no source list, the status page's address instead.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localeMessage } from './support/extension-pages';
import { launchExtension, openExtensionPage, type LaunchedExtension } from './support/launch-extension';
import { waitForFirstUpdate } from './support/observe';

/** PDF pages, counted from the page objects of the file (`/Type /Page`, not the `/Pages` tree). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

async function openStatusPage(launched: LaunchedExtension): Promise<Page> {
  const page = await openExtensionPage(launched, 'src/popup.html?view=tab');
  await page.locator('#checklist').waitFor();
  return page;
}

describe.each([
  { language: 'en-US', chosen: undefined, paper: 'Letter' as const },
  { language: 'en-US', chosen: 'es', paper: 'Letter' as const },
  { language: 'id', chosen: undefined, paper: 'A4' as const },
])('United States, 2026-12-10, UI $language, chosen language $chosen, $paper paper', ({ language, chosen, paper }) => {
  let launched: LaunchedExtension | undefined;

  beforeAll(async () => {
    launched = await launchExtension({ startAt: '2026-12-10T17:00:00Z', timeZone: 'America/New_York', language });
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
    await launched.worker.evaluate(async (region) => {
      await chrome.storage.sync.set({ settings: { version: 3, region, language: 'browser', isBadgeShown: true, theme: 'system', areRemindersEnabled: false, mutedMilestoneIds: [] } });
    }, 'us');
    if (chosen) {
      await launched.worker.evaluate(async (choice) => {
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...(settings as object), language: choice } });
      }, chosen);
    }
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('one printed page with every group and its state, the headline, the review date and the status address; no sources', async () => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    const page = await openStatusPage(launched);
    const shown = (chosen ?? language.slice(0, 2)) as 'en' | 'es' | 'id';
    // One step done, so the printout carries state.
    await page.locator('#step-windows-remove-kaspersky').check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#checklist-group-business').isVisible()).toBe(true);
    expect(await page.locator('.source-inline').first().isVisible()).toBe(false);
    expect(await page.locator('button').first().isVisible()).toBe(false);
    expect(await page.locator('.print-only').textContent()).toContain(`chrome-extension://${launched.extensionId}/src/popup.html?view=tab`);
    expect(await page.locator('.print-only').textContent()).toContain(localeMessage(shown, 'print_status_link', ['']).trim());
    expect(await page.locator('#reviewed').isVisible()).toBe(true);
    expect(await page.locator('#step-windows-remove-kaspersky').isChecked()).toBe(true);
    const pdf = await page.pdf({ format: paper, printBackground: false });
    expect(countPdfPages(pdf)).toBe(1);
  });
});
