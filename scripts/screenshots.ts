/**
 * `npm run screenshots`: renders the popup and options page to docs/screenshots/ at fixed
 * instants, zones and languages (libfaketime), for the README. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
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
}

/** After the data review date, so no wrong-clock notice; US and Indonesia, both languages and schemes. */
const AT = '2026-12-10T17:00:00Z';
const SHOTS: readonly Shot[] = [
  { file: 'popup-us-en-light.png', page: 'src/popup.html', startAt: AT, timeZone: 'America/Los_Angeles', language: 'en-US', colorScheme: 'light' },
  { file: 'popup-us-en-dark.png', page: 'src/popup.html', startAt: AT, timeZone: 'America/New_York', language: 'en-US', colorScheme: 'dark' },
  { file: 'popup-id-id-light.png', page: 'src/popup.html', startAt: AT, timeZone: 'Asia/Jakarta', language: 'id', colorScheme: 'light' },
  { file: 'popup-id-id-dark.png', page: 'src/popup.html', startAt: AT, timeZone: 'Asia/Jakarta', language: 'id', colorScheme: 'dark' },
  { file: 'popup-de-en-light.png', page: 'src/popup.html', startAt: AT, timeZone: 'Europe/Berlin', language: 'en-GB', colorScheme: 'light' },
  { file: 'options-en-light.png', page: 'src/options.html', startAt: AT, timeZone: 'Europe/Berlin', language: 'en-GB', colorScheme: 'light' },
  { file: 'options-id-dark.png', page: 'src/options.html', startAt: AT, timeZone: 'Asia/Jakarta', language: 'id', colorScheme: 'dark' },
];

for (const shot of SHOTS) {
  const launched = await launchExtension(shot);
  await waitForToolbar(launched.worker, (state) => state.title.includes(':'));
  const page = await openExtensionPage(launched, shot.page);
  await page.emulateMedia({ colorScheme: shot.colorScheme });
  // The popup as the browser shows it (at most 600 px tall, scrolled to the top); the options page whole.
  await page.setViewportSize(shot.page === 'src/popup.html' ? { width: 380, height: 600 } : { width: 800, height: 640 });
  await page.locator('h1').waitFor();
  await page.screenshot({ path: resolve(outDir, shot.file) });
  console.log(`wrote docs/screenshots/${shot.file}`);
  await launched.close();
}
