/**
 * `npm run screenshots`: renders the popup and options page to docs/screenshots/ at fixed
 * instants, zones and languages (libfaketime), for the README. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { launchExtension, openExtensionPage, waitForToolbar } from '../tests/e2e/support/launch-extension.ts';

const outDir = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(outDir, { recursive: true });

interface Shot {
  readonly file: string;
  readonly page: 'src/popup.html' | 'src/options.html';
  readonly startAt: string;
  readonly timeZone: string;
  readonly language: string;
  readonly colorScheme: 'light' | 'dark';
  /** A language chosen in the options (Debian's Chromium has no Spanish UI of its own). */
  readonly chosenLanguage?: 'es';
  /** What the reader did first, in the page. */
  readonly prepare?: (page: Page) => Promise<void>;
}

/** Every step ticked, or its group set aside: a reader who has dealt with everything on this device. */
async function dealWithEverything(page: Page): Promise<void> {
  for (const id of ['mac', 'iphone', 'ultraav', 'password-manager', 'vpn-safe-kids', 'business']) await page.locator(`#checklist-group-${id} button.not-for-me`).click();
  const boxes = page.locator('#checklist input[type="checkbox"]:not(:checked)');
  while ((await boxes.count()) > 0) await boxes.first().click();
  await page.locator('#all-set').waitFor();
}

async function chooseLanguage(worker: Worker, language: 'es'): Promise<void> {
  await worker.evaluate(
    (chosen) =>
      chrome.storage.sync.set({ settings: { version: 3, language: chosen, isBadgeShown: true, theme: 'system', areRemindersEnabled: false, mutedMilestoneIds: [] } }),
    language,
  );
}

/** After the data review date, so no wrong-clock notice. */
const AT = '2026-12-10T17:00:00Z';
const SHOTS: readonly Shot[] = [
  { file: 'popup-us-en-light.png', page: 'src/popup.html', startAt: AT, timeZone: 'America/Los_Angeles', language: 'en-US', colorScheme: 'light' },
  { file: 'popup-us-en-done.png', page: 'src/popup.html', startAt: AT, timeZone: 'America/Los_Angeles', language: 'en-US', colorScheme: 'light', prepare: dealWithEverything },
  { file: 'popup-us-es-dark.png', page: 'src/popup.html', startAt: AT, timeZone: 'America/New_York', language: 'en-US', colorScheme: 'dark', chosenLanguage: 'es' },
  { file: 'popup-de-en-light.png', page: 'src/popup.html', startAt: AT, timeZone: 'Europe/Berlin', language: 'en-GB', colorScheme: 'light' },
  { file: 'popup-id-id-dark.png', page: 'src/popup.html', startAt: AT, timeZone: 'Asia/Jakarta', language: 'id', colorScheme: 'dark' },
  { file: 'options-en-light.png', page: 'src/options.html', startAt: AT, timeZone: 'Europe/Berlin', language: 'en-GB', colorScheme: 'light' },
  { file: 'options-id-dark.png', page: 'src/options.html', startAt: AT, timeZone: 'Asia/Jakarta', language: 'id', colorScheme: 'dark' },
  { file: 'options-es-light.png', page: 'src/options.html', startAt: AT, timeZone: 'America/Los_Angeles', language: 'en-US', colorScheme: 'light', chosenLanguage: 'es' },
];

for (const shot of SHOTS) {
  const launched = await launchExtension(shot);
  await waitForToolbar(launched.worker, (state) => state.title.includes(':'));
  if (shot.chosenLanguage) await chooseLanguage(launched.worker, shot.chosenLanguage);
  const page = await openExtensionPage(launched, shot.page);
  await page.emulateMedia({ colorScheme: shot.colorScheme });
  // The popup as the browser shows it (at most 600 px tall, scrolled to the top); the options page whole.
  await page.setViewportSize(shot.page === 'src/popup.html' ? { width: 380, height: 600 } : { width: 800, height: 640 });
  await page.locator('h1').waitFor();
  await shot.prepare?.(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(outDir, shot.file) });
  console.log(`wrote docs/screenshots/${shot.file}`);
  await launched.close();
}
