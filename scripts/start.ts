/**
 * `npm start`: opens Chromium with dist/chrome loaded in a fresh profile. Without a display it
 * runs the same extension headless and prints what a person would see: badge, tooltip and the
 * popup's headline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { getExtensionLaunchArgs } from './extension-launch-args.ts';
import { findChromium } from './find-chromium.ts';

const extensionPath = resolve(import.meta.dirname, '../dist/chrome');
const profileDir = mkdtempSync(join(tmpdir(), 'kaspersky-ban-status-'));
const hasDisplay = Boolean(process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY']);

const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium(),
  headless: !hasDisplay,
  viewport: null,
  args: [
    ...getExtensionLaunchArgs(extensionPath),
    // Root (as in containers and CI) cannot use Chromium's sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

function readToolbar(serviceWorker: Worker) {
  return serviceWorker.evaluate(async () => {
    const action = (globalThis as unknown as { chrome: typeof chrome }).chrome.action;
    return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
}

async function readBadge(serviceWorker: Worker) {
  // The first update runs right after the worker starts: wait until it has set the tooltip. Text
  // and tooltip are set together but read one after the other, so read once more once it has.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await readToolbar(serviceWorker)).title.includes(':')) return readToolbar(serviceWorker);
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The extension never set its badge.');
}

const badge = await readBadge(worker);
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/src/popup.html`);
const headline = await popup.locator('#headline').textContent();

console.log(`Extension ${extensionId} loaded from ${extensionPath}`);
console.log(`Badge:    ${badge.text === '' ? '(no text)' : badge.text}`);
console.log(`Tooltip:  ${badge.title}`);
console.log(`Headline: ${headline ?? '(none)'}`);

if (hasDisplay) {
  console.log('The popup is open in a tab; the toolbar button shows the badge. Close the browser to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  console.log('No display: ran headless. Load dist/chrome or dist/firefox by hand to use it (see README).');
  await context.close();
}
rmSync(profileDir, { recursive: true, force: true });
