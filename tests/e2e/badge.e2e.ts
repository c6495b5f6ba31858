/**
 * The toolbar badge and tooltip in real Chromium with the built extension, with the whole browser
 * started at a faked instant (libfaketime) in a chosen zone and UI language. One browser per
 * describe: each needs its own start instant, zone or language.
 */
import { describe, expect, test } from 'vitest';
import { BADGE_LOOKS } from '../../src/core/badge';
import { localeMessage } from './support/extension-pages';
import { openExtensionPage, type ToolbarState } from './support/launch-extension';
import { contrastRatio, epochMs, normalizeSpaces, readSettledAlarms, toRgba } from './support/observe';
import { useBrowser } from './support/scenario';

const COUNTDOWN_ORANGE = toRgba(BADGE_LOOKS.countdown.backgroundColor);
const WARNING_ORANGE = toRgba(BADGE_LOOKS['warning-steps'].backgroundColor);
const CRITICAL_RED = toRgba(BADGE_LOOKS['critical-steps'].backgroundColor);

/** What the tooltip adds while the status has steps and none is done on this (fresh) profile. */
const STEPS_OPEN = localeMessage('en', 'tooltip_steps_open');
const OPAQUE_BLACK = [0, 0, 0, 255];
const OPAQUE_WHITE = [255, 255, 255, 255];

/** The spec names no text colour; it must be plain black or white and readable (WCAG AA, 4.5:1). */
function expectReadableText(toolbar: ToolbarState): void {
  expect([OPAQUE_BLACK, OPAQUE_WHITE]).toContainEqual(toolbar.textColor);
  expect(contrastRatio(toolbar.textColor, toolbar.backgroundColor)).toBeGreaterThanOrEqual(4.5);
}

/** Alarms in a form whose diff reads well: ISO instants, and `periodInMinutes` shown when set. */
function describeAlarms(alarms: readonly chrome.alarms.Alarm[]) {
  return alarms.map(({ name, scheduledTime, periodInMinutes }) => ({
    name,
    scheduledTime: new Date(scheduledTime).toISOString(),
    periodInMinutes,
  }));
}

function oneShotUpdateAlarmAt(instant: string) {
  return [{ name: 'update-badge', scheduledTime: new Date(epochMs(instant)).toISOString(), periodInMinutes: undefined }];
}

describe('United States, Los Angeles, 2024-09-01T12:00Z (27 d 16 h before the update cut-off)', () => {
  const scenario = useBrowser({ startAt: '2024-09-01T12:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US' });

  test('counts calendar days in Los Angeles, September 1 to September 28: 27d on orange', () => {
    const { toolbar } = scenario().first;
    expect(toolbar.text).toBe('27d');
    expect(toolbar.backgroundColor).toEqual(COUNTDOWN_ORANGE);
    expectReadableText(toolbar);
  });

  test('the tooltip gives the cut-off in Los Angeles time', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      "United States: Kaspersky's updates in the U.S. end on September 28, 2024 at 9:00 PM PDT. " + STEPS_OPEN,
    );
  });

  test('one one-shot alarm wakes the worker at midnight in Los Angeles, when 26 days are left (2024-09-02T07:00Z)', async () => {
    const alarms = await readSettledAlarms(scenario().launched.worker);
    expect(describeAlarms(alarms)).toEqual(oneShotUpdateAlarmAt('2024-09-02T07:00:00Z'));
    expect(alarms[0]).not.toHaveProperty('periodInMinutes');
  });
});

describe('United States, New York, 2024-09-28T20:00Z (8 h before the cut-off)', () => {
  const scenario = useBrowser({ startAt: '2024-09-28T20:00:00Z', timeZone: 'America/New_York', language: 'en-US' });

  test('counts down whole hours in the last day: 8h on orange', () => {
    const { toolbar } = scenario().first;
    expect(toolbar.text).toBe('8h');
    expect(toolbar.backgroundColor).toEqual(COUNTDOWN_ORANGE);
    expectReadableText(toolbar);
  });

  test('the tooltip gives the cut-off in New York time', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      "United States: Kaspersky's updates in the U.S. end on September 29, 2024 at 12:00 AM EDT. " + STEPS_OPEN,
    );
  });

  test('the next wake-up is when 7 hours are left (2024-09-28T21:00Z), one-shot', async () => {
    const alarms = await readSettledAlarms(scenario().launched.worker);
    expect(describeAlarms(alarms)).toEqual(oneShotUpdateAlarmAt('2024-09-28T21:00:00Z'));
    expect(alarms[0]).not.toHaveProperty('periodInMinutes');
  });
});

describe('United States, New York, 2024-09-29T04:00:01Z (just after the cut-off)', () => {
  const scenario = useBrowser({ startAt: '2024-09-29T04:00:01Z', timeZone: 'America/New_York', language: 'en-US' });

  test('shows ! on red (critical, steps open)', () => {
    const { toolbar } = scenario().first;
    expect(toolbar.text).toBe('!');
    expect(toolbar.backgroundColor).toEqual(CRITICAL_RED);
    expectReadableText(toolbar);
  });

  test('the tooltip says updates ended, at the exact New York instant, and that steps are open', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      `United States: ${localeMessage('en', 'm_us_updates_end_headline', ['September 29, 2024 at 12:00 AM EDT'])} ${STEPS_OPEN}`,
    );
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      'United States: Kaspersky has had no updates in the U.S. since September 29, 2024 at 12:00 AM EDT. You still have steps to do on this device.',
    );
  });

  // The badge stays "!" from now on, but the status still changes once more: Google removed
  // Kaspersky's apps from its store on 2024-10-07 (a date without a time, so 00:00 in Los Angeles,
  // the zone of its source), which becomes the latest milestone.
  test('one one-shot alarm wakes the worker at the next milestone, 2024-10-07T07:00Z', async () => {
    const alarms = await readSettledAlarms(scenario().launched.worker);
    expect(describeAlarms(alarms)).toEqual(oneShotUpdateAlarmAt('2024-10-07T07:00:00Z'));
    expect(alarms[0]).not.toHaveProperty('periodInMinutes');
  });
});

describe('United States, New York, 2024-11-15T12:00Z (more than 30 days after the cut-off)', () => {
  const scenario = useBrowser({ startAt: '2024-11-15T12:00:00Z', timeZone: 'America/New_York', language: 'en-US' });

  test('still shows ! on red while steps are open', () => {
    const { toolbar } = scenario().first;
    expect(toolbar.text).toBe('!');
    expect(toolbar.backgroundColor).toEqual(CRITICAL_RED);
    expectReadableText(toolbar);
  });

  test('the tooltip names the month of the cut-off, no longer the minute', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      `United States: ${localeMessage('en', 'm_us_updates_end_headline', ['September 2024'])} ${STEPS_OPEN}`,
    );
  });
});

describe('United States, New York, 2024-10-15T12:00Z (16 days after the cut-off)', () => {
  const scenario = useBrowser({ startAt: '2024-10-15T12:00:00Z', timeZone: 'America/New_York', language: 'en-US' }, { isAlarmExpected: false });

  test('the tooltip still gives the cut-off to the minute', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      `United States: ${localeMessage('en', 'm_us_updates_end_headline', ['September 29, 2024 at 12:00 AM EDT'])} ${STEPS_OPEN}`,
    );
  });

  // 30 days after the cut-off the headline names the month only, so the tooltip changes then: a
  // one-shot alarm must wake the worker at that instant (to the second), or a browser left running
  // keeps the old sentence. KNOWN FAILING: the background schedules only at status.changesAt,
  // which does not include this instant (see the report on branch e2e-update).
  test('one one-shot alarm wakes the worker when the headline turns to the month (2024-10-29T04:00Z)', async () => {
    const alarms = await readSettledAlarms(scenario().launched.worker);
    expect(alarms.map(({ name, periodInMinutes }) => ({ name, periodInMinutes }))).toEqual([{ name: 'update-badge', periodInMinutes: undefined }]);
    const lateBy = (alarms[0]?.scheduledTime ?? 0) - epochMs('2024-10-29T04:00:00Z');
    expect(lateBy).toBeGreaterThanOrEqual(0);
    expect(lateBy).toBeLessThanOrEqual(1_000);
  });
});

describe('United States, New York, 2024-06-01T12:00Z (before the final determination)', () => {
  const scenario = useBrowser({ startAt: '2024-06-01T12:00:00Z', timeZone: 'America/New_York', language: 'en-US' });

  // Federal systems only: no action for a home user, so no "!"; and no "new" marker either, as the
  // clock is before the data was reviewed (2026-12-03), where "new" would point at the past.
  test('shows no badge text (federal systems only; a clock before the data review has nothing new)', () => {
    expect(scenario().first.toolbar.text).toBe('');
  });

  test('the tooltip names the federal-only rule and its date, and adds nothing (no steps, nothing new)', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      `United States: ${localeMessage('en', 'm_us_bod_17_01_headline', ['September 13, 2017'])}`,
    );
  });

  test('the next wake-up is the final determination (2024-06-20T04:00Z), one-shot', async () => {
    const alarms = await readSettledAlarms(scenario().launched.worker);
    expect(describeAlarms(alarms)).toEqual(oneShotUpdateAlarmAt('2024-06-20T04:00:00Z'));
    expect(alarms[0]).not.toHaveProperty('periodInMinutes');
  });
});

describe('Indonesia (suggested from Asia/Jakarta), Indonesian UI, 2024-09-01T12:00Z', () => {
  const scenario = useBrowser({ startAt: '2024-09-01T12:00:00Z', timeZone: 'Asia/Jakarta', language: 'id' });

  test('shows no badge text (no restriction)', () => {
    expect(scenario().first.toolbar.text).toBe('');
  });

  test('the tooltip is one Indonesian sentence naming the region', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toBe(
      'Indonesia: Tidak ada pembatasan pemerintah atas Kaspersky yang diketahui di sini (informasi ditinjau pada 3 Desember 2026).',
    );
  });
});

describe('Germany (suggested from Europe/Berlin), British English UI, 2024-09-01T12:00Z', () => {
  const scenario = useBrowser({ startAt: '2024-09-01T12:00:00Z', timeZone: 'Europe/Berlin', language: 'en-GB' });

  test('shows ! on orange (warning)', () => {
    const { toolbar } = scenario().first;
    expect(toolbar.text).toBe('!');
    expect(toolbar.backgroundColor).toEqual(WARNING_ORANGE);
    expectReadableText(toolbar);
  });

  test('the tooltip names Germany and the BSI warning', () => {
    expect(normalizeSpaces(scenario().first.toolbar.title)).toMatch(/^Germany: Germany's BSI warns all users not to use Kaspersky anti-virus \(since .+\)\. You still have steps to do on this device\.$/);
  });

  test('the tooltip writes the date in British English, as the popup headline does', async () => {
    const { launched, first } = scenario();
    const popup = await openExtensionPage(launched, 'src/popup.html');
    const headline = normalizeSpaces(await popup.locator('#headline').textContent());
    await popup.close();
    expect(normalizeSpaces(first.toolbar.title)).toBe(`Germany: Germany's BSI warns all users not to use Kaspersky anti-virus (since 15 March 2022). ${STEPS_OPEN}`);
    expect(normalizeSpaces(first.toolbar.title)).toBe(`Germany: ${headline} ${STEPS_OPEN}`);
  });
});
