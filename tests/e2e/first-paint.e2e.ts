/**
 * What the popup paints first, frame by frame, in real Chromium: the remembered language, theme
 * and answer (src/ui/first-paint.ts) before the page has read the browser's storage, and never a
 * remembered answer the reader has since changed.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { localeMessage, openOptions, openPopup, textOf } from './support/extension-pages';
import { launchExtension, openExtensionPage, type LaunchedExtension } from './support/launch-extension';

/** What one frame showed: read in a requestAnimationFrame callback, right before it is painted. */
interface Frame {
  readonly lang: string;
  readonly theme: string | undefined;
  readonly headline: string | undefined;
  /** The remembered copy, not yet replaced by the live page. */
  readonly isRemembered: boolean;
}

/**
 * Records every frame of each extension page from its first, before any of the page's scripts
 * runs. A string, not a function: the test runner's transform would add helpers the page lacks.
 */
const RECORD_FRAMES = `
  window.recordedFrames = [];
  const record = () => {
    const headline = document.querySelector('#headline');
    window.recordedFrames.push({
      lang: document.documentElement.lang,
      theme: document.documentElement.dataset.theme,
      headline: headline ? headline.textContent.replace(/\\s+/g, ' ').trim() : undefined,
      isRemembered: document.querySelector('[data-first-paint]') !== null,
    });
    if (window.recordedFrames.length < 120) requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
`;

/** Opens the popup and returns it with its frames up to the live page's first render and a few after. */
async function openPopupRecordingFrames(launched: LaunchedExtension): Promise<{ popup: Page; frames: Frame[] }> {
  const popup = await openExtensionPage(launched, 'src/popup.html');
  popup.setDefaultTimeout(10_000);
  await popup.locator('#headline:not([data-first-paint] *)').waitFor();
  await popup.waitForFunction(() => (window as unknown as { recordedFrames: unknown[] }).recordedFrames.length >= 10);
  const frames = await popup.evaluate(() => (window as unknown as { recordedFrames: Frame[] }).recordedFrames);
  return { popup, frames };
}

/**
 * The message chunks (scripts/message-bundles.ts) the extension's pages request from now on, by
 * file name. A page in the browser's own language needs none: the browser serves its messages.
 */
function recordMessageChunks(extension: LaunchedExtension): string[] {
  const requested: string[] = [];
  extension.context.on('request', (request) => {
    const fileName = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (fileName.startsWith('messages-')) requested.push(fileName);
  });
  return requested;
}

let launched: LaunchedExtension | undefined;

afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

describe('first paint, English browser in New York, 2024-09-28 20:00 (the US cut-off four hours ahead)', () => {
  const launch = () => launchExtension({ startAt: '2024-09-28T20:00:00-04:00', timeZone: 'America/New_York', language: 'en-US' });

  test('a repeat open paints the answer in its first frame with content, from memory, and the live page changes nothing', async () => {
    launched = await launch();
    await launched.context.addInitScript({ content: RECORD_FRAMES });
    const messageChunks = recordMessageChunks(launched);
    const first = await openPopup(launched);
    const answer = await textOf(first, '#headline');
    await first.close();

    const { popup, frames } = await openPopupRecordingFrames(launched);
    const withContent = frames.filter((frame) => frame.headline !== undefined);
    expect(withContent[0]).toMatchObject({ isRemembered: true, headline: answer });
    expect(new Set(withContent.map((frame) => frame.headline))).toEqual(new Set([answer]));
    expect(withContent.some((frame) => !frame.isRemembered)).toBe(true);
    // The live page is live: its controls work.
    await popup.locator('details#section-products > summary').click();
    await popup.locator('details#section-products .section-body').waitFor();
    // In the browser's language, neither open loaded messages of its own.
    expect(messageChunks).toEqual([]);
  });

  test('the first frame has the stored language and theme, and a setting changed in the options is right at the next open', async () => {
    launched = await launch();
    await launched.context.addInitScript({ content: RECORD_FRAMES });
    const first = await openPopup(launched);
    const usAnswer = await textOf(first, '#headline');
    await first.close();

    const options = await openOptions(launched);
    await options.locator('select#region').selectOption('de');
    await options.locator('select#language').selectOption('es');
    await options.locator('input[name="theme"][value="dark"]').check();
    // As the reader sees it: the options page itself in Spanish and dark before it is closed.
    await expect.poll(() => options.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toMatch(/^es\b/);
    await options.close();

    const messageChunks = recordMessageChunks(launched);
    const { popup, frames } = await openPopupRecordingFrames(launched);
    // Spanish, picked here, is not the browser's: the popup loads its messages, and only those.
    expect(messageChunks).toEqual(['messages-popup-es.js']);
    const germanAnswer = await textOf(popup, '#headline');
    expect(germanAnswer).not.toBe(usAnswer);
    // Every frame, from the first, in Spanish and dark; never the answer the reader changed.
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) {
      expect(frame.lang).toMatch(/^es\b/);
      expect(frame.theme).toBe('dark');
      if (frame.headline !== undefined) expect(frame.headline).toBe(germanAnswer);
    }
    expect(await textOf(popup, '#region-line')).toContain(localeMessage('es', 'region_de'));
  });

  test('a status page opened for a reminder does not paint the remembered popup: it has a banner the popup lacks', async () => {
    launched = await launch();
    await launched.context.addInitScript({ content: RECORD_FRAMES });
    await (await openPopup(launched)).close();
    const page = await openExtensionPage(launched, 'src/popup.html?view=tab&milestone=us-updates-end');
    await page.locator('#reminder-banner').waitFor();
    const frames = await page.evaluate(() => (window as unknown as { recordedFrames: Frame[] }).recordedFrames);
    expect(frames.some((frame) => frame.isRemembered)).toBe(false);
  });
});
