/**
 * My status in real Chromium: the checklist is the reader's status on this device, and the badge
 * shows only what still needs them (issue "My status").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BADGE_LOOKS } from '../../src/core/badge';
import { openPopup } from './support/extension-pages';
import { getLiveWorker, launchExtension, readToolbar, type LaunchedExtension, type LaunchOptions } from './support/launch-extension';
import { poll, pollToolbar, toRgba, waitForFirstUpdate } from './support/observe';

const RED = toRgba(BADGE_LOOKS['critical-steps'].backgroundColor);
const AMBER = toRgba(BADGE_LOOKS['warning-steps'].backgroundColor);
const BLUE = toRgba(BADGE_LOOKS.news.backgroundColor);

/** A second is what a person notices; the update itself takes milliseconds. */
const AT_ONCE_MS = 2_000;

async function badgeText(launched: LaunchedExtension, isDone: (text: string) => boolean, timeoutMs = AT_ONCE_MS) {
  const worker = await getLiveWorker(launched);
  return pollToolbar(worker, (toolbar) => isDone(toolbar.text), timeoutMs, 50);
}

/** Ticks every open step, and sets aside every other group, by clicking as a reader would. */
async function dealWithEverything(popup: Page, setAsideGroupIds: readonly string[]): Promise<void> {
  for (const id of setAsideGroupIds) await popup.locator(`#checklist-group-${id} button.not-for-me`).click();
  const boxes = popup.locator('#checklist input[type="checkbox"]:not(:checked)');
  while ((await boxes.count()) > 0) {
    await boxes.first().click();
  }
}

describe('United States, 2026-12-01, Los Angeles: the checklist calms the badge down, for good', () => {
  const options: LaunchOptions = { startAt: '2026-12-01T18:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US' };
  let launched: LaunchedExtension | undefined;
  const extension = (): LaunchedExtension => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    return launched;
  };

  beforeAll(async () => {
    launched = await launchExtension(options);
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('the badge is a red "!" while steps are open, and "What to do" comes right after the headline', async () => {
    expect(await readToolbar(extension().worker)).toMatchObject({ text: '!', backgroundColor: RED });
    const popup = await openPopup(extension());
    const order = await popup.locator('main > section, main > details').evaluateAll((elements) => elements.map((element) => element.id));
    expect(order.indexOf('checklist')).toBeGreaterThan(-1);
    expect(order.slice(0, order.indexOf('checklist')).every((id) => ['', 'clock-warning', 'updated-note'].includes(id))).toBe(true);
    expect(await popup.locator('#checklist input[type="checkbox"]').count()).toBeGreaterThan(5);
    await popup.close();
  });

  test('ticking every step or setting its group aside empties the badge at once; it stays empty after a restart; Undo brings it back', async () => {
    const popup = await openPopup(extension());
    await dealWithEverything(popup, ['mac', 'iphone', 'ultraav', 'password-manager', 'vpn-safe-kids', 'business']);
    await popup.locator('#all-set').waitFor();
    expect(await popup.locator('#all-set').textContent()).toContain("You're all set on this device.");
    expect((await badgeText(extension(), (text) => text === '')).text).toBe('');
    await popup.close();

    await extension().close({ keepProfile: true });
    launched = await launchExtension({ ...options, profileDir: extension().profileDir });
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
    expect((await readToolbar(launched.worker)).text).toBe('');
    expect((await readToolbar(launched.worker)).title).toMatch(/You're all set on this device\.$/);

    const again = await openPopup(launched);
    await again.locator('#checklist-details summary').click();
    await again.locator('#checklist-group-mac button', { hasText: 'Undo' }).click();
    expect(await badgeText(launched, (text) => text === '!')).toMatchObject({ text: '!', backgroundColor: RED });
    await again.close();
  });
});

describe('Germany, 2026-12-10, Berlin: amber until done', () => {
  let launched: LaunchedExtension | undefined;

  beforeAll(async () => {
    launched = await launchExtension({ startAt: '2026-12-10T12:00:00Z', timeZone: 'Europe/Berlin', language: 'en-GB' });
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('an amber "!" while the anti-virus steps are open, nothing once they are done', async () => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    expect(await readToolbar(launched.worker)).toMatchObject({ text: '!', backgroundColor: AMBER });
    const popup = await openPopup(launched);
    await dealWithEverything(popup, ['mac', 'android', 'iphone', 'business']);
    expect((await badgeText(launched, (text) => text === '')).text).toBe('');
  });
});

describe('Canada, 2026-12-10, Toronto: government devices only', () => {
  let launched: LaunchedExtension | undefined;

  beforeAll(async () => {
    launched = await launchExtension({ startAt: '2026-12-10T12:00:00Z', timeZone: 'America/Toronto', language: 'en-US' });
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('the blue "new" marker once, and nothing after the popup was opened', async () => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    expect(await readToolbar(launched.worker)).toMatchObject({ text: BADGE_LOOKS.news.text, backgroundColor: BLUE });
    const popup = await openPopup(launched);
    expect(await popup.locator('#checklist').count()).toBe(0);
    expect((await badgeText(launched, (text) => text === '')).text).toBe('');
    await popup.close();
    const reopened = await openPopup(launched);
    await reopened.close();
    expect((await readToolbar(launched.worker)).text).toBe('');
  });
});

describe('Mexico City, 2026-12-10: a zone outside every preset', () => {
  let launched: LaunchedExtension | undefined;

  beforeAll(async () => {
    launched = await launchExtension({ startAt: '2026-12-10T12:00:00Z', timeZone: 'America/Mexico_City', language: 'es-MX' });
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('starts as "Other" with no badge, says the region was picked from the time zone, and offers the change', async () => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    const toolbar = await poll(() => readToolbar(launched!.worker), ({ title }) => title.length > 0);
    expect(toolbar.text).toBe('');
    expect(toolbar.title).toMatch(/^Other \/ not listed: /);
    const popup = await openPopup(launched);
    expect(await popup.locator('#region-line').textContent()).toBe('Region: Other / not listed (picked from your time zone)');
    await popup.getByRole('button', { name: "That's right" }).click();
    await popup.locator('#region-line', { hasText: /^Region: Other \/ not listed$/ }).waitFor();
  });
});
