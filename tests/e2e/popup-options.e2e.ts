/**
 * The popup and the options page as a user sees them, in real Chromium at a faked instant.
 * Within a describe the tests run in order and share one browser: the region chosen in one test
 * is what the next one reopens.
 */
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localeMessage, messageBeside, OPTIONS_CONTROLS } from './support/extension-pages';
import { launchExtension, openExtensionPage, readToolbar, type LaunchedExtension, type LaunchOptions } from './support/launch-extension';
import { normalizeSpaces, pollToolbar, toRgba, waitForFirstUpdate } from './support/observe';
import { useBrowser } from './support/scenario';

/** 8 d 16 h before the US update cut-off; the next US milestone is the cut-off itself. */
const INSTANT = '2024-09-20T12:00:00Z';

async function openPopup(launched: LaunchedExtension): Promise<Page> {
  const popup = await openExtensionPage(launched, 'src/popup.html');
  await popup.locator('#headline').waitFor();
  return popup;
}

async function openOptions(launched: LaunchedExtension): Promise<Page> {
  const options = await openExtensionPage(launched, 'src/options.html');
  await options.locator('select#region').waitFor();
  return options;
}

async function text(page: Page, selector: string): Promise<string> {
  return normalizeSpaces(await page.locator(selector).first().textContent());
}

/** Every link in the timeline's entries, as written in the page. */
async function cardLinks(page: Page): Promise<string[]> {
  return page.locator('li.timeline-entry[data-milestone-id] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** The ids of the timeline entries (of `list`, the region's own list by default) in a phase. */
async function entriesInPhase(page: Page, phase: 'now' | 'next', list = '#section-timeline ol.timeline >> nth=0'): Promise<string[]> {
  return page
    .locator(list)
    .locator(`li.timeline-entry.phase-${phase}`)
    .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-milestone-id') ?? ''));
}

function isHttps(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The select's accessible labels (`select.labels`) and whether each is visible. */
async function regionLabels(page: Page): Promise<{ text: string; visible: boolean }[]> {
  return page.locator('select#region').evaluate((select: HTMLSelectElement) =>
    Array.from(select.labels).map((label) => {
      const box = label.getBoundingClientRect();
      const style = getComputedStyle(label);
      return { text: label.textContent.trim(), visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' };
    }),
  );
}

describe(`English, America/Los_Angeles, ${INSTANT}: popup, options, region change, restart`, () => {
  const options: LaunchOptions = { startAt: INSTANT, timeZone: 'America/Los_Angeles', language: 'en-US' };
  let launched: LaunchedExtension | undefined;
  /** The first popup, shared by the tests that only read it. */
  let firstPopup: Page | undefined;
  let optionsPage: Page | undefined;

  const extension = (): LaunchedExtension => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    return launched;
  };
  const popupAtStart = async (): Promise<Page> => (firstPopup ??= await openPopup(extension()));

  beforeAll(async () => {
    launched = await launchExtension(options);
    await waitForFirstUpdate(launched.worker);
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('popup: headline with the cut-off in Los Angeles time, and what it means', async () => {
    const popup = await popupAtStart();
    expect(await text(popup, 'h1#headline')).toBe(
      "Kaspersky's updates in the U.S. end on September 28, 2024 at 9:00 PM PDT.",
    );
    expect(await text(popup, '#headline + p')).toBe(
      'Kaspersky can no longer sell you a new product or plan. The one you have still works and gets updates until then. Using it is legal. But put in a new security app before that date.',
    );
  });

  test('popup: the timeline, open by default, marks what applies now and what comes next; the cut-off in local time with a machine-readable instant', async () => {
    const popup = await popupAtStart();
    expect(await popup.locator('details#section-timeline').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    // The state that sets the headline (sales ended) applies now; the cut-off is next.
    expect(await entriesInPhase(popup, 'now')).toEqual(['us-new-sales-end']);
    expect(await entriesInPhase(popup, 'next')).toEqual(['us-updates-end']);
    const entry = (id: string) => popup.locator(`li.timeline-entry[data-milestone-id="${id}"]`);
    expect(await text(popup, 'li.timeline-entry[data-milestone-id="us-new-sales-end"] .phase-label')).toBe(localeMessage('en', 'timeline_now'));
    expect(await text(popup, 'li.timeline-entry[data-milestone-id="us-updates-end"] .phase-label')).toBe(localeMessage('en', 'timeline_next'));
    // What passed just before (the switch to UltraAV) is in the timeline too, as the past.
    expect(await entry('us-ultraav-switch').getAttribute('class')).toContain('phase-past');

    const cutOffTime = entry('us-updates-end').locator('time').first();
    expect(normalizeSpaces(await cutOffTime.textContent())).toBe('September 28, 2024 at 9:00 PM PDT');
    // September 20 to September 28 in Los Angeles: the same 8 days as the badge (8d).
    expect(await text(popup, 'li.timeline-entry[data-milestone-id="us-updates-end"] .relative-time')).toBe('(in 8 days)');
    const dateTime = await cutOffTime.getAttribute('datetime');
    expect(dateTime === null ? Number.NaN : new Date(dateTime).getTime()).toBe(new Date('2024-09-29T04:00:00Z').getTime());
  });

  test('popup: every source link is https', async () => {
    const popup = await popupAtStart();
    const links = await cardLinks(popup);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !isHttps(href))).toEqual([]);
  });

  test('popup: region line; no US-context sentence for the US; "Change region" opens the options page', async () => {
    const launchedNow = extension();
    const popup = await popupAtStart();
    expect(await text(popup, '#region-line')).toBe('Region: United States (picked from your time zone)');
    expect(normalizeSpaces(await popup.locator('body').innerText())).not.toContain('not other people where you live');

    const [opened] = await Promise.all([
      launchedNow.context.waitForEvent('page', { timeout: 10_000 }),
      popup.getByRole('button', { name: 'Change region', exact: true }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${launchedNow.extensionId}/src/options.html`);
    optionsPage = opened;
    await popup.close();
  });

  test('options: the region select has a visible label, and the default is suggested from the zone', async () => {
    const page = optionsPage ?? (await openOptions(extension()));
    await page.locator('select#region').waitFor();
    expect(await regionLabels(page)).toEqual([{ text: 'Your region', visible: true }]);
    expect(await page.getByLabel('Your region', { exact: true }).getAttribute('id')).toBe('region');
    expect(await page.locator('select#region').inputValue()).toBe('us');
    expect(await page.locator('select#region option:checked').textContent()).toBe('United States');
    expect(normalizeSpaces(await page.locator('body').innerText())).toContain('America/Los_Angeles');
  });

  test('options: choosing Germany saves at once and the badge follows', async () => {
    const launchedNow = extension();
    const page = optionsPage ?? (await openOptions(launchedNow));
    const beforeChange = await readToolbar(launchedNow.worker);
    // The popup's "in 8 days" (calendar days in Los Angeles), not 9 days rounded up.
    expect(beforeChange.text).toBe('8d');

    await page.getByLabel('Your region', { exact: true }).selectOption('de', { timeout: 5_000 });

    expect(await messageBeside(page, OPTIONS_CONTROLS.region)).toBe('Saved. The badge now shows the status for Germany.');

    const toolbar = await pollToolbar(launchedNow.worker, (state) => state.title.startsWith('Germany:'));
    expect(toolbar.text).toBe('!');
    expect(toolbar.backgroundColor).toEqual(toRgba('#E37400'));
    expect(toolbar.title.startsWith('Germany:')).toBe(true);
  });

  test('popup reopened: shows Germany, with the US cut-off as context in local time', async () => {
    const popup = await openPopup(extension());
    expect(await text(popup, '#region-line')).toBe('Region: Germany');
    expect(await text(popup, 'h1#headline')).toBe("Germany's BSI warns all users not to use Kaspersky anti-virus (since March 15, 2022).");
    expect(normalizeSpaces(await popup.locator('body').innerText())).toContain(
      localeMessage('en', 'us_context_before', ['September 28, 2024 at 9:00 PM PDT']),
    );
    await popup.close();
  });

  test('restart with the same profile keeps Germany', async () => {
    const first = extension();
    launched = undefined;
    await first.close({ keepProfile: true });
    try {
      launched = await launchExtension({ ...options, profileDir: first.profileDir });
    } catch (error) {
      await rm(first.profileDir, { recursive: true, force: true });
      throw error;
    }
    const restarted = launched;

    const { toolbar } = await waitForFirstUpdate(restarted.worker);
    expect(toolbar.text).toBe('!');
    expect(toolbar.backgroundColor).toEqual(toRgba('#E37400'));
    expect(toolbar.title.startsWith('Germany:')).toBe(true);

    const page = await openOptions(restarted);
    expect(await page.locator('select#region').inputValue()).toBe('de');
    const popup = await openPopup(restarted);
    expect(await text(popup, '#region-line')).toBe('Region: Germany');
  });
});

describe(`Indonesian, Asia/Jakarta, ${INSTANT} (before the US cut-off)`, () => {
  const scenario = useBrowser({ startAt: INSTANT, timeZone: 'Asia/Jakarta', language: 'id' });
  let sharedPopup: Page | undefined;
  const popupAtStart = async (): Promise<Page> => (sharedPopup ??= await openPopup(scenario().launched));

  test('popup: Indonesian headline, region line and timeline', async () => {
    const popup = await popupAtStart();
    expect(await popup.locator('html').getAttribute('lang')).toBe('id');
    expect(await text(popup, 'h1#headline')).toBe(
      'Tidak ada pembatasan pemerintah atas Kaspersky yang diketahui di sini (informasi ditinjau pada 3 Desember 2026).',
    );
    expect(await text(popup, '#headline + p')).not.toBe('');
    expect(await text(popup, '#region-line')).toBe('Wilayah: Indonesia (dipilih dari zona waktu Anda)');
    // No restriction here, so no checklist; the timeline (open by default) gives the US context,
    // with the cut-off marked as what comes next there, in Indonesian.
    expect(await popup.locator('#checklist').count()).toBe(0);
    expect(await text(popup, 'details#section-timeline[open] > summary')).toBe('Lini masa');
    expect(await text(popup, '#section-timeline .timeline-context-heading')).toBe('Amerika Serikat, sebagai konteks');
    const context = '#section-timeline .timeline-context-heading + ol.timeline';
    expect(await entriesInPhase(popup, 'now', context)).toEqual(['us-new-sales-end']);
    expect(await entriesInPhase(popup, 'next', context)).toEqual(['us-updates-end']);
    expect(await text(popup, `${context} li.phase-next .phase-label`)).toBe(localeMessage('id', 'timeline_next'));
  });

  test('popup: says the US ban does not apply, with the US cut-off in Jakarta time', async () => {
    const popup = await popupAtStart();
    expect(normalizeSpaces(await popup.locator('body').innerText())).toContain(
      localeMessage('id', 'us_context_before', ['29 September 2024 pukul 11.00 WIB']),
    );
  });

  test('options: labelled select, Indonesia suggested from Asia/Jakarta', async () => {
    const page = await openOptions(scenario().launched);
    expect(await regionLabels(page)).toEqual([{ text: 'Wilayah Anda', visible: true }]);
    expect(await page.locator('select#region').inputValue()).toBe('id');
    expect(normalizeSpaces(await page.locator('body').innerText())).toContain('Asia/Jakarta');
    await page.close();
  });
});

describe('Indonesian, Asia/Jakarta, 2024-10-08T12:00Z (after the US cut-off)', () => {
  // Nothing more is announced for Indonesia, so the update sets no alarm.
  const scenario = useBrowser({ startAt: '2024-10-08T12:00:00Z', timeZone: 'Asia/Jakarta', language: 'id' }, { isAlarmExpected: false });

  test('popup: the US-context sentence says updates ended, in Jakarta time', async () => {
    const popup = await openPopup(scenario().launched);
    expect(normalizeSpaces(await popup.locator('body').innerText())).toContain(
      'Sebagai konteks: pembaruan Kaspersky bagi pengguna AS berakhir pada 29 September 2024 pukul 11.00 WIB.',
    );
    await popup.close();
  });

  test('popup: the Google Play removal is in the timeline as the past, in late September, its sources https', async () => {
    const popup = await openPopup(scenario().launched);
    const entry = popup.locator('li.timeline-entry[data-milestone-id="us-google-play-removal"]');
    expect(await entry.getAttribute('class')).toContain('phase-past');
    expect(normalizeSpaces(await entry.locator('time').first().textContent())).toBe('akhir September 2024');
    expect(await entry.locator('time').first().getAttribute('datetime')).toBe('2024-09');
    // Known only to the month: counted in months ("last month"), never in days.
    expect(normalizeSpaces(await entry.locator('.relative-time').textContent())).toBe('(bulan lalu)');
    const links = await cardLinks(popup);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !isHttps(href))).toEqual([]);
    await popup.close();
  });
});
