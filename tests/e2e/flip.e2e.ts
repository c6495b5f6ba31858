/**
 * The badge changes by itself, woken by its one-shot alarm: at the update cut-off
 * (2024-09-29T04:00:00Z), and in Honolulu from "tomorrow" (1d) to 24 hours (24h) the moment 24
 * hours remain, with a popup left open changing its words at the same instant. Each browser starts
 * 20 s before and the tests only watch. These are the only tests that wait on real time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BADGE_LOOKS } from '../../src/core/badge';
import { localeMessage, openPopup } from './support/extension-pages';
import { getLiveWorker, launchExtension, readAlarms, readToolbar, type LaunchedExtension } from './support/launch-extension';
import { epochMs, normalizeSpaces, poll, toRgba, waitForFirstUpdate, type FirstUpdate } from './support/observe';

const CUT_OFF = '2024-09-29T04:00:00Z';

/** A fresh profile has ticked nothing: the status's steps are open before and after the flip. */
const STEPS_OPEN = localeMessage('en', 'tooltip_steps_open');

describe('United States, New York, starting 20 s before the update cut-off', () => {
  let launched: LaunchedExtension | undefined;
  let before: FirstUpdate;

  beforeAll(async () => {
    launched = await launchExtension({ startAt: '2024-09-29T03:59:40Z', timeZone: 'America/New_York', language: 'en-US' });
    before = await waitForFirstUpdate(launched.worker);
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('flips from 1h on orange to ! on red at the cut-off, by itself', async () => {
    const extension = launched!;
    // Before: the last hour, and a one-shot wake-up set for the cut-off itself.
    expect(before.toolbar.text).toBe('1h');
    expect(before.toolbar.backgroundColor).toEqual(toRgba(BADGE_LOOKS.countdown.backgroundColor));
    expect(normalizeSpaces(before.toolbar.title)).toBe(
      `United States: Kaspersky's updates in the U.S. end on September 29, 2024 at 12:00 AM EDT. ${STEPS_OPEN}`,
    );
    expect(before.alarms.map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }))).toEqual([
      { name: 'update-badge', scheduledTime: epochMs(CUT_OFF), periodInMinutes: undefined },
    ]);

    // After: nothing is done to the extension; the alarm alone must bring the change.
    // Read from whichever worker is running (should the browser have stopped and woken it), and
    // once more after the change is seen, for a whole read (see pollToolbar).
    const readLiveToolbar = async () => readToolbar(await getLiveWorker(extension));
    await poll(readLiveToolbar, (toolbar) => toolbar.text !== '1h', 90_000, 500);
    const after = await readLiveToolbar();
    const workerNow = await (await getLiveWorker(extension)).evaluate(() => Date.now());

    expect(after.text).toBe('!');
    expect(after.backgroundColor).toEqual(toRgba(BADGE_LOOKS['critical-steps'].backgroundColor));
    expect(normalizeSpaces(after.title)).toBe(
      `United States: ${localeMessage('en', 'm_us_updates_end_headline', ['September 29, 2024 at 12:00 AM EDT'])} ${STEPS_OPEN}`,
    );
    expect(workerNow).toBeGreaterThanOrEqual(epochMs(CUT_OFF));
  });

  test('after the flip no alarm is left at or before the cut-off, and none repeats', async () => {
    const alarms = await readAlarms(await getLiveWorker(launched!));
    expect(alarms.length).toBeLessThanOrEqual(1);
    for (const alarm of alarms) {
      expect(alarm.name).toBe('update-badge');
      expect(alarm).not.toHaveProperty('periodInMinutes');
      expect(alarm.scheduledTime).toBeGreaterThan(epochMs(CUT_OFF));
    }
  });
});

describe('United States, Honolulu, starting 20 s before 24 hours remain to the cut-off (the tester\'s case)', () => {
  /** 24 hours before the cut-off: 6:00 PM on September 27 in Honolulu. */
  const DAY_BEFORE = '2024-09-28T04:00:00Z';
  let launched: LaunchedExtension | undefined;
  let before: FirstUpdate;
  let popup: Page | undefined;
  const relativeTime = async () => normalizeSpaces(await popup!.locator('li.timeline-entry[data-milestone-id="us-updates-end"] .relative-time').textContent());

  beforeAll(async () => {
    launched = await launchExtension({ startAt: '2024-09-28T03:59:40Z', timeZone: 'Pacific/Honolulu', language: 'en-US' });
    before = await waitForFirstUpdate(launched.worker);
    popup = await openPopup(launched);
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('1d and "tomorrow" become 24h and "in 24 hours" together, by themselves: no day vanishes', async () => {
    const extension = launched!;
    expect(before.toolbar.text).toBe('1d');
    expect(await relativeTime()).toBe('(tomorrow)');
    expect(before.alarms.map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }))).toEqual([
      { name: 'update-badge', scheduledTime: epochMs(DAY_BEFORE), periodInMinutes: undefined },
    ]);

    const readLiveToolbar = async () => readToolbar(await getLiveWorker(extension));
    const after = await poll(readLiveToolbar, (toolbar) => toolbar.text !== '1d', 90_000, 500);
    expect(after.text).toBe('24h');
    expect(await (await getLiveWorker(extension)).evaluate(() => Date.now())).toBeGreaterThanOrEqual(epochMs(DAY_BEFORE));
    // The open popup redraws itself at the same instant, without a reload.
    expect(await poll(relativeTime, (text) => text !== '(tomorrow)', 10_000, 200)).toBe('(in 24 hours)');
  });
});
