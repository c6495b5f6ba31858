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

const SHOTS: readonly Shot[] = [
  { file: 'popup-us-en-light.png', page: 'src/popup.html', startAt: '2024-09-01T12:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US', colorScheme: 'light' },
  { file: 'popup-id-id-dark.png', page: 'src/popup.html', startAt: '2025-01-15T03:00:00Z', timeZone: 'Asia/Jakarta', language: 'id', colorScheme: 'dark' },
  { file: 'options-en-light.png', page: 'src/options.html', startAt: '2025-01-15T03:00:00Z', timeZone: 'Europe/Berlin', language: 'en-US', colorScheme: 'light' },
];

for (const shot of SHOTS) {
  const launched = await launchExtension(shot);
  await waitForToolbar(launched.worker, (state) => state.title.includes(':'));
  const page = await openExtensionPage(launched, shot.page);
  await page.emulateMedia({ colorScheme: shot.colorScheme });
  if (shot.page === 'src/popup.html') await page.setViewportSize({ width: 380, height: 600 });
  else await page.setViewportSize({ width: 800, height: 420 });
  await page.locator('h1').waitFor();
  await page.screenshot({ path: resolve(outDir, shot.file), fullPage: shot.page === 'src/popup.html' });
  console.log(`wrote docs/screenshots/${shot.file}`);
  await launched.close();
}
