/**
 * The badge changes by itself at the update cut-off (2024-09-29T04:00:00Z), woken by its one-shot
 * alarm: the browser starts 20 s before it and the test only watches. This is the one test that
 * waits on real time.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BADGE_LOOKS } from '../../src/core/badge';
import { localeMessage } from './support/extension-pages';
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
