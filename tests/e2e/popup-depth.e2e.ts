/**
 * The popup in depth and the options page's every setting, in real Chromium with the whole browser
 * started at a faked instant (libfaketime), in English (Los Angeles) and Indonesian (Jakarta).
 *
 * Expected words come from the shipped `_locales` files (see `localeMessage`), dates are written
 * out by hand: the test checks that the right message appears in the right language with the
 * date in the reader's zone. Within a describe the tests run in order and share one browser;
 * what one test ticks, opens or chooses is what the next one finds.
 */
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, readToolbar, type LaunchedExtension, type LaunchOptions } from './support/launch-extension';
import {
  localeMessage,
  messageBeside,
  openOptions,
  openPopup,
  openSections,
  OPTIONS_CONTROLS,
  pollFor,
  setSection,
  setSections,
  shownMessages,
  textOf,
  textsOf,
  tickedSteps,
  type UiLanguage,
} from './support/extension-pages';
import { normalizeSpaces, poll, pollToolbar, waitForFirstUpdate } from './support/observe';
import { useBrowser } from './support/scenario';

const REVIEWED = { en: 'December 3, 2026', id: '3 Desember 2026', es: '3 de diciembre de 2026' } as const;
/** The US update cut-off, 2024-09-29T04:00Z, as each reader sees it. */
const CUT_OFF_LA = 'September 28, 2024 at 9:00 PM PDT';
const CUT_OFF_JAKARTA = '29 September 2024 pukul 11.00 WIB';
const OFFICIAL_PAGE = 'https://oicts.bis.gov/kaspersky';

const SECTION_TITLE_KEYS = ['section_meaning', 'section_timeline', 'section_products', 'section_mixups'];
const PRODUCT_KEYS = ['product_security_suites', 'product_vpn', 'product_password_manager', 'product_safe_kids', 'product_business'];
/** Before the cut-off and the UltraAV switch (2024-09-01): every system, the other products, small business. */
const CHECKLIST_TITLE_KEYS = ['group_windows', 'group_mac', 'group_android', 'group_iphone', 'group_password_manager', 'group_vpn_safe_kids', 'group_business'];
/** Germany-style action outside the US rules does not reach Indonesia: no checklist there. */
const MIX_UP_CLAIM_KEYS = [
  'mixup_cutoff_claim',
  'mixup_stops_working_claim',
  'mixup_users_must_stop_claim',
  'mixup_jobs_claim',
  'mixup_sanctions_claim',
  'mixup_sales_date_claim',
  'mixup_announcement_claim',
  'mixup_fight_back_claim',
];

function isHttps(href: string | null): boolean {
  try {
    return href !== null && new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

interface SourcedItem {
  readonly text: string;
  /** The "Source:" part after the statement, or '' when there is none. */
  readonly sourceText: string;
  readonly links: readonly (string | null)[];
}

/** Statements with their inline "Source: …" part and that part's links. */
async function sourcedItems(page: Page, selector: string): Promise<SourcedItem[]> {
  const items = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const sources = element.querySelector('.source-inline');
      return {
        text: element.textContent,
        sourceText: sources?.textContent ?? '',
        links: Array.from(sources?.querySelectorAll('a') ?? []).map((link) => link.getAttribute('href')),
      };
    }),
  );
  return items.map((item) => ({ ...item, text: normalizeSpaces(item.text), sourceText: normalizeSpaces(item.sourceText) }));
}

function expectSourced(items: readonly SourcedItem[], language: UiLanguage): void {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(item.sourceText.startsWith(localeMessage(language, 'source_label')), `"${item.text}" names its source`).toBe(true);
    expect(item.links.length, `"${item.text}" links a source`).toBeGreaterThan(0);
    expect(item.links.filter((href) => !isHttps(href)), `"${item.text}" links only https`).toEqual([]);
  }
}

interface TimelineEntry {
  readonly id: string | null;
  readonly label: string | null;
  readonly marker: string;
  readonly isMarkerHidden: boolean;
  readonly date: string;
  readonly dateTime: string | null;
  readonly relative: string;
}

/** The entries of one `<ol class="timeline">` of the timeline section. */
async function timelineEntries(popup: Page, listIndex = 0): Promise<TimelineEntry[]> {
  const entries = await popup
    .locator('#section-timeline ol.timeline')
    .nth(listIndex)
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-milestone-id'),
        label: item.querySelector('.phase-label')?.textContent ?? null,
        marker: item.querySelector('.marker')?.textContent ?? '',
        isMarkerHidden: item.querySelector('.marker')?.getAttribute('aria-hidden') === 'true',
        date: item.querySelector('time')?.textContent ?? '',
        dateTime: item.querySelector('time')?.getAttribute('datetime') ?? null,
        relative: item.querySelector('.relative-time')?.textContent ?? '',
      })),
    );
  return entries.map((entry) => ({ ...entry, date: normalizeSpaces(entry.date), relative: normalizeSpaces(entry.relative) }));
}

/** Phase label and shape of each entry, so a failure shows the whole list. */
function phases(entries: readonly TimelineEntry[]): string[] {
  return entries.map((entry) => `${entry.marker} ${entry.label ?? '(no label)'}: ${entry.id ?? '?'}`);
}

function expectChronological(entries: readonly TimelineEntry[]): void {
  // A month-precision entry (`datetime="2024-07"`) may sit anywhere in its month (the free offer
  // is "mid/late July", after 15 July): compare the others by instant, and it by its month.
  const exact = entries.filter((entry) => entry.dateTime?.length !== 7);
  const times = exact.map((entry) => (entry.dateTime === null ? Number.NaN : new Date(entry.dateTime).getTime()));
  expect(times.every((time) => Number.isFinite(time))).toBe(true);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  const months = entries.map((entry) => entry.dateTime?.slice(0, 7) ?? '');
  expect(months).toEqual([...months].sort());
}

async function summaryTitles(popup: Page): Promise<string[]> {
  return textsOf(popup, 'details.section > summary');
}

/** A mark set on the page's window: still there later means the page was not reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { kbsMark?: boolean }).kbsMark = true;
  });
}

async function isSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { kbsMark?: boolean }).kbsMark === true);
}

/** Reopens the popup until `read` gives `expected` (storage writes are asynchronous), then closes it. */
async function reopenUntil<T>(launched: LaunchedExtension, read: (popup: Page) => Promise<T>, expected: T): Promise<T> {
  return pollFor(async () => {
    const popup = await openPopup(launched);
    try {
      return await read(popup);
    } finally {
      await popup.close();
    }
  }, expected);
}

/** Ticks or unticks a to-do step by clicking its label, as a user would. */
async function clickStep(popup: Page, stepId: string): Promise<void> {
  await popup.locator(`label[for="${stepId}"]`).click();
}

/** The summary's first line, "… for <region>, as of <now>", with `now` as a pattern (the clock runs on). */
function summaryTitle(language: UiLanguage, region: string, now: RegExp): RegExp {
  const marker = 'NOW-MARKER';
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [before = '', after = ''] = localeMessage(language, 'summary_title', [region, marker]).split(marker);
  return new RegExp(`^${escape(before)}${now.source}${escape(after)}$`);
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Lets the test read the clipboard back. Chromium refuses a grant for the chrome-extension://
 * origin by name ("opaque origin"), so it is granted for every page of this test browser.
 */
async function grantClipboard(launched: LaunchedExtension): Promise<void> {
  await launched.context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/**
 * A popup left open moves on by itself. Two browsers start 90 s before the US cut-off
 * (2024-09-29T04:00Z) when this file starts, each opens the popup and records every change of
 * the cut-off's timeline entry and of the sentence that depends on it, while the other tests run;
 * the last describe checks what was recorded. English in Los Angeles follows the US rules (the
 * headline changes); Indonesian in Jakarta sees the US cut-off as context (its sentence changes).
 */
const LIVE_CUT_OFF = new Date('2024-09-29T04:00:00Z').getTime();

interface LiveCase {
  readonly language: UiLanguage;
  readonly options: LaunchOptions;
  /** The last hour, counted as the badge counts it (`1h`), to the last second. */
  readonly inOneHour: string;
  readonly oneMinuteAgo: string;
  /** The sentence that must change at the cut-off, and its text before and after. */
  readonly sentence: string;
  readonly before: string;
  readonly after: string;
}

/** 90 s before the cut-off: within its last hour, "in 1 hour" like the badge's 1h, however long the start takes. */
const LIVE_START = '2024-09-29T03:58:30Z';
const LIVE_CASES: readonly LiveCase[] = [
  {
    language: 'en',
    options: { startAt: LIVE_START, timeZone: 'America/Los_Angeles', language: 'en-US' },
    inOneHour: '(in 1 hour)',
    oneMinuteAgo: '(1 minute ago)',
    sentence: 'h1#headline',
    before: localeMessage('en', 'm_us_new_sales_end_headline', [CUT_OFF_LA]),
    after: localeMessage('en', 'm_us_updates_end_headline', [CUT_OFF_LA]),
  },
  {
    language: 'id',
    options: { startAt: LIVE_START, timeZone: 'Asia/Jakarta', language: 'id' },
    inOneHour: '(dalam 1 jam)',
    oneMinuteAgo: '(1 menit yang lalu)',
    sentence: 'p.context',
    before: localeMessage('id', 'us_context_before', [CUT_OFF_JAKARTA]),
    after: localeMessage('id', 'us_context_after', [CUT_OFF_JAKARTA]),
  },
];

interface LiveState {
  /** The page's clock when the state was first seen. */
  readonly at: number;
  readonly relative: string;
  readonly label: string;
  readonly sentence: string;
}

const livePopups = new Map<UiLanguage, { launched: LaunchedExtension; popup: Page }>();

/** Records, in the page, every distinct state of the cut-off's entry and of `sentence`. */
async function recordLiveStates(popup: Page, sentence: string): Promise<void> {
  await popup.evaluate((sentenceSelector) => {
    const states: { at: number; relative: string; label: string; sentence: string }[] = [];
    (window as unknown as { kbsLiveStates: typeof states }).kbsLiveStates = states;
    const record = () => {
      const entry = document.querySelector('#section-timeline li[data-milestone-id="us-updates-end"]');
      const state = {
        at: Date.now(),
        relative: entry?.querySelector('.relative-time')?.textContent ?? '',
        label: entry?.querySelector('.phase-label')?.textContent ?? '',
        sentence: document.querySelector(sentenceSelector)?.textContent ?? '',
      };
      const last = states.at(-1);
      if (!last || last.relative !== state.relative || last.label !== state.label || last.sentence !== state.sentence) states.push(state);
    };
    record();
    new MutationObserver(record).observe(document.body, { childList: true, characterData: true, subtree: true });
  }, sentence);
}

async function liveStates(popup: Page): Promise<LiveState[]> {
  const states = await popup.evaluate(() => (window as unknown as { kbsLiveStates?: LiveState[] }).kbsLiveStates ?? []);
  return states.map((state) => ({ ...state, relative: normalizeSpaces(state.relative), label: normalizeSpaces(state.label), sentence: normalizeSpaces(state.sentence) }));
}

beforeAll(async () => {
  await Promise.all(
    LIVE_CASES.map(async ({ language, options, sentence }) => {
      const launched = await launchExtension(options);
      const popup = await openPopup(launched);
      livePopups.set(language, { launched, popup });
      await setSection(popup, 'section-timeline', true);
      await recordLiveStates(popup, sentence);
    }),
  );
});

afterAll(async () => {
  await Promise.all([...livePopups.values()].map(({ launched }) => launched.close()));
});

describe('English, America/Los_Angeles, 2024-09-01T12:00Z (United States, 27 days before the update cut-off)', () => {
  const scenario = useBrowser({ startAt: '2024-09-01T12:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US' });
  let shared: Page | undefined;
  const popupAtStart = async (): Promise<Page> => (shared ??= await openPopup(scenario().launched));

  test('headline and what it means, with the cut-off in Los Angeles time', async () => {
    const popup = await popupAtStart();
    expect(await textOf(popup, 'h1#headline')).toBe(localeMessage('en', 'm_us_new_sales_end_headline', [CUT_OFF_LA]));
    expect(await textOf(popup, '#meaning')).toBe(localeMessage('en', 'm_us_new_sales_end_meaning'));
  });

  test('a 2024 clock is flagged as wrong, with the clock time and the review date; no stale notice', async () => {
    const popup = await popupAtStart();
    await expect.poll(() => popup.locator('#clock-warning').isVisible()).toBe(true);
    expect(await textOf(popup, '#clock-warning')).toBe(`⚠ ${localeMessage('en', 'clock_wrong', ['September 1, 2024 at 5:00 AM PDT', REVIEWED.en])}`);
    expect(await popup.locator('#stale-notice').count()).toBe(0);
  });

  test('four sections in order after "What to do", each a titled <details>; "what this means" and the timeline open at first', async () => {
    const popup = await popupAtStart();
    expect(await summaryTitles(popup)).toEqual(SECTION_TITLE_KEYS.map((key) => localeMessage('en', key)));
    expect(await openSections(popup)).toEqual({
      'section-meaning': true,
      'section-timeline': true,
      'section-products': false,
      'section-mix-ups': false,
    });
    // The title is a heading inside the summary, so it can be found by heading navigation.
    expect(await popup.locator('main > details.section > summary > h2').count()).toBe(4);
    expect(await textOf(popup, '#checklist-heading')).toBe(localeMessage('en', 'checklist_heading'));
  });

  test('what this means: the US statements of the day, each followed by "Source:" and https links', async () => {
    const popup = await popupAtStart();
    const items = await sourcedItems(popup, '#section-meaning li');
    expect(items.map((item) => item.text.slice(0, item.text.length - item.sourceText.length).trim())).toEqual(
      expect.arrayContaining([
        localeMessage('en', 'meaning_us_updates_before', [CUT_OFF_LA]),
        localeMessage('en', 'meaning_us_legal'),
        localeMessage('en', 'meaning_us_sales_after', ['July 20, 2024']),
      ]),
    );
    // Not yet: the UltraAV switch (2024-09-19) and the Google Play removal (2024-10-07).
    expect(items.some((item) => item.text.startsWith(localeMessage('en', 'meaning_us_ultraav')))).toBe(false);
    expect(items.some((item) => item.text.startsWith(localeMessage('en', 'meaning_play_store')))).toBe(false);
    expectSourced(items, 'en');
  });

  test('timeline: an ordered list, Past ✓ … In force now ● … Next ○, each with its date in Los Angeles and a relative time', async () => {
    const popup = await popupAtStart();
    await setSection(popup, 'section-timeline', true);
    expect(await popup.locator('#section-timeline ol.timeline').count()).toBe(1);
    const entries = await timelineEntries(popup);
    expect(entries.length).toBeGreaterThan(3);
    expectChronological(entries);
    const past = localeMessage('en', 'timeline_past');
    expect(phases(entries)).toEqual([
      ...entries.slice(0, -2).map((entry) => `✓ ${past}: ${entry.id ?? '?'}`),
      `● ${localeMessage('en', 'timeline_now')}: us-new-sales-end`,
      `○ ${localeMessage('en', 'timeline_next')}: us-updates-end`,
    ]);
    // The shape repeats the label for sighted readers; screen readers get the words only.
    expect(entries.every((entry) => entry.isMarkerHidden)).toBe(true);

    const [first] = entries;
    // Calendar years (2024 − 2017), as "last year" means the calendar year before.
    expect(first).toMatchObject({ id: 'us-bod-17-01', date: 'September 13, 2017', relative: '(7 years ago)' });
    // Calendar days in Los Angeles, July 20 to September 1.
    expect(entries.at(-2)).toMatchObject({ date: 'July 20, 2024', relative: '(43 days ago)' });
    expect(entries.slice(0, -1).filter((entry) => !/ ago\)$|^\((yesterday|last \w+)\)$/.test(entry.relative))).toEqual([]);
    expect(entries.at(-1)).toMatchObject({ date: CUT_OFF_LA, relative: '(in 27 days)' });
    expect(entries.every((entry) => /^\(.+\)$/.test(entry.relative))).toBe(true);
    // An instant the source gives to the minute also shows where the rule was set, the zone by name.
    expect(normalizeSpaces(await popup.locator('#section-timeline li[data-milestone-id="us-updates-end"]').textContent())).toContain(
      localeMessage('en', 'popup_in_authority_zone', ['September 29, 2024 at 12:00 AM Eastern Time']),
    );
  });

  test('products: the five covered ones listed, then what is not covered with its source', async () => {
    const popup = await popupAtStart();
    await setSection(popup, 'section-products', true);
    expect(await textsOf(popup, '#section-products li')).toEqual(PRODUCT_KEYS.map((key) => localeMessage('en', key)));
    const notCovered = await sourcedItems(popup, '#section-products p:has(.source-inline)');
    expect(notCovered.filter((item) => item.text.startsWith(localeMessage('en', 'products_not_covered_intro')))).toHaveLength(1);
    expectSourced(notCovered, 'en');
    expect(normalizeSpaces(await popup.locator('#section-products').textContent())).not.toContain(localeMessage('en', 'products_outside_us'));
  });

  test('mix-ups: each claim struck through and marked, with its fact and sources; the cut-off in local time', async () => {
    const popup = await popupAtStart();
    await setSection(popup, 'section-mix-ups', true);
    const claimLabel = localeMessage('en', 'mixup_claim_label');
    expect(await textsOf(popup, '#section-mix-ups dt')).toEqual(MIX_UP_CLAIM_KEYS.map((key) => `${claimLabel}: ${localeMessage('en', key)}`));
    expect(await textsOf(popup, '#section-mix-ups dt s')).toEqual(MIX_UP_CLAIM_KEYS.map((key) => localeMessage('en', key)));
    const facts = await sourcedItems(popup, '#section-mix-ups dd');
    expect(facts.every((fact) => fact.text.startsWith(`${localeMessage('en', 'mixup_fact_label')}: `))).toBe(true);
    expectSourced(facts, 'en');
    // 2024-09-01: the cut-off is still ahead, the end of new sales (July 20) is past.
    expect(facts[0]?.text).toContain(localeMessage('en', 'mixup_cutoff_fact_before', [CUT_OFF_LA]));
    expect(facts.map((fact) => fact.text)).toContainEqual(expect.stringContaining(localeMessage('en', 'mixup_sales_date_fact', ['July 20, 2024'])));
  });

  test('to do: a group per system, product and small business, of labelled checkboxes, none ticked at first', async () => {
    const popup = await popupAtStart();
    expect((await textsOf(popup, '#checklist .checklist-group h3')).map((title) => title.replace(/ \d+ of \d+ done$/, ''))).toEqual(
      CHECKLIST_TITLE_KEYS.map((key) => localeMessage('en', key)),
    );
    const boxes = await popup.locator('#checklist input[type="checkbox"]').evaluateAll((inputs) =>
      inputs.map((input) => ({ id: input.id, label: Array.from((input as HTMLInputElement).labels ?? []).map((label) => label.textContent.trim()).join(' ') })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    expect(boxes.filter((box) => box.label === '')).toEqual([]);
    // Every group has at least one step.
    expect(await popup.locator('#checklist .checklist-group:not(:has(input[type="checkbox"]))').count()).toBe(0);
    expect(await tickedSteps(popup)).toEqual([]);
  });

  test('to do: ticked steps are remembered after closing and reopening the popup, and so is unticking', async () => {
    const { launched } = scenario();
    const popup = await popupAtStart();
    await clickStep(popup, 'step-windows-remove-kaspersky');
    await clickStep(popup, 'step-business-inventory');
    expect(await tickedSteps(popup)).toEqual(['step-windows-remove-kaspersky', 'step-business-inventory']);
    await popup.close();
    shared = undefined;

    expect(await reopenUntil(launched, tickedSteps, ['step-windows-remove-kaspersky', 'step-business-inventory'])).toEqual([
      'step-windows-remove-kaspersky',
      'step-business-inventory',
    ]);

    const again = await openPopup(launched);
    await pollFor(() => tickedSteps(again), ['step-windows-remove-kaspersky', 'step-business-inventory']);
    await clickStep(again, 'step-windows-remove-kaspersky');
    await again.close();
    expect(await reopenUntil(launched, tickedSteps, ['step-business-inventory'])).toEqual(['step-business-inventory']);
  });

  test('sections: what is opened and closed is remembered after reopening the popup', async () => {
    const { launched } = scenario();
    const popup = await openPopup(launched);
    // The tests above opened timeline, products and mix-ups: close some, reopen one.
    await setSections(popup, { 'section-meaning': false, 'section-timeline': false, 'section-products': false });
    await setSection(popup, 'section-timeline', true);
    const expected = {
      'section-meaning': false,
      'section-timeline': true,
      'section-products': false,
      'section-mix-ups': true,
    };
    expect(await openSections(popup)).toEqual(expected);
    await popup.close();
    expect(await reopenUntil(launched, openSections, expected)).toEqual(expected);
  });

  test('copy summary: says it copied; the clipboard holds region, headline and https sources, in English', async () => {
    const { launched } = scenario();
    await grantClipboard(launched);
    const popup = await openPopup(launched);
    await popup.getByRole('button', { name: localeMessage('en', 'copy_summary'), exact: true }).click();
    await expect.poll(async () => normalizeSpaces(await popup.locator('.copy [role="status"]').textContent())).toBe(localeMessage('en', 'copy_done'));

    const summary = await readClipboard(popup);
    const lines = summary.split('\n').map(normalizeSpaces);
    expect(lines[0]).toMatch(summaryTitle('en', 'United States', /September 1, 2024 at 5:\d\d AM PDT/));
    expect(lines).toContain(localeMessage('en', 'm_us_new_sales_end_headline', [CUT_OFF_LA]));
    expect(lines).toContain(localeMessage('en', 'summary_sources'));
    const sourceLines = lines.filter((line) => line.startsWith('- '));
    expect(sourceLines.length).toBeGreaterThan(0);
    expect(sourceLines.filter((line) => !/: https:\/\/\S+$/.test(line))).toEqual([]);
    expect(summary).toContain('https://www.bis.gov/');
    expect(lines).toContain(localeMessage('en', 'summary_origin'));
    await popup.close();
  });
});

describe('Indonesian, Asia/Jakarta, 2024-09-01T12:00Z (Indonesia suggested from the zone)', () => {
  const scenario = useBrowser({ startAt: '2024-09-01T12:00:00Z', timeZone: 'Asia/Jakarta', language: 'id' });
  let shared: Page | undefined;
  const popupAtStart = async (): Promise<Page> => (shared ??= await openPopup(scenario().launched));

  test('headline and meaning in Indonesian, with the review date', async () => {
    const popup = await popupAtStart();
    expect(await popup.locator('html').getAttribute('lang')).toBe('id');
    expect(await textOf(popup, 'h1#headline')).toBe(localeMessage('id', 'headline_none', [REVIEWED.id]));
    expect(await textOf(popup, '#meaning')).toBe(localeMessage('id', 'meaning_none'));
  });

  test('the wrong-clock notice in Indonesian, with the clock time in Jakarta', async () => {
    const popup = await popupAtStart();
    await expect.poll(() => popup.locator('#clock-warning').isVisible()).toBe(true);
    expect(await textOf(popup, '#clock-warning')).toBe(`⚠ ${localeMessage('id', 'clock_wrong', ['1 September 2024 pukul 19.00 WIB', REVIEWED.id])}`);
    expect(await popup.locator('#stale-notice').count()).toBe(0);
  });

  test('sections titled in Indonesian', async () => {
    const popup = await popupAtStart();
    expect(await summaryTitles(popup)).toEqual(SECTION_TITLE_KEYS.map((key) => localeMessage('id', key)));
  });

  test('what this means: not empty, even before anything applies to Indonesia', async () => {
    // The section is open by default; an empty one tells a reader (and a screen reader) nothing.
    const popup = await popupAtStart();
    expect(normalizeSpaces(await popup.locator('#section-meaning .section-body').innerText())).not.toBe('');
  });

  test('timeline: the US milestones as context, Sudah berlalu / Berlaku sekarang / Berikutnya, in Jakarta time', async () => {
    const popup = await popupAtStart();
    await setSection(popup, 'section-timeline', true);
    expect(await textOf(popup, '#section-timeline .timeline-context-heading')).toBe(localeMessage('id', 'timeline_us_context'));
    const lists = popup.locator('#section-timeline ol.timeline');
    const context = await timelineEntries(popup, (await lists.count()) - 1);
    expectChronological(context);
    expect(phases(context)).toEqual([
      ...context.slice(0, -2).map((entry) => `✓ ${localeMessage('id', 'timeline_past')}: ${entry.id ?? '?'}`),
      `● ${localeMessage('id', 'timeline_now')}: us-new-sales-end`,
      `○ ${localeMessage('id', 'timeline_next')}: us-updates-end`,
    ]);
    expect(context.at(-2)).toMatchObject({ date: '20 Juli 2024', relative: '(43 hari yang lalu)' });
    // September 1 to September 29 in Jakarta: 28 calendar days (27 in Los Angeles, where it is the 28th).
    expect(context.at(-1)).toMatchObject({ date: CUT_OFF_JAKARTA, relative: '(dalam 28 hari)' });
    expect(context.every((entry) => entry.isMarkerHidden)).toBe(true);
  });

  test('products: says these are US rules, lists the covered products and what is not covered, with "Sumber:"', async () => {
    const popup = await popupAtStart();
    await setSection(popup, 'section-products', true);
    expect(normalizeSpaces(await popup.locator('#section-products p').first().textContent())).toBe(localeMessage('id', 'products_outside_us'));
    expect(await textsOf(popup, '#section-products li')).toEqual(PRODUCT_KEYS.map((key) => localeMessage('id', key)));
    const notCovered = await sourcedItems(popup, '#section-products p:has(.source-inline)');
    expect(notCovered.filter((item) => item.text.startsWith(localeMessage('id', 'products_not_covered_intro')))).toHaveLength(1);
    expectSourced(notCovered, 'id');
  });

  test('mix-ups: "Klaim" and "Fakta" with sources; the cut-off in Jakarta time', async () => {
    const popup = await popupAtStart();
    await setSection(popup, 'section-mix-ups', true);
    const claimLabel = localeMessage('id', 'mixup_claim_label');
    expect(await textsOf(popup, '#section-mix-ups dt')).toEqual(MIX_UP_CLAIM_KEYS.map((key) => `${claimLabel}: ${localeMessage('id', key)}`));
    const facts = await sourcedItems(popup, '#section-mix-ups dd');
    expect(facts.every((fact) => fact.text.startsWith(`${localeMessage('id', 'mixup_fact_label')}: `))).toBe(true);
    expectSourced(facts, 'id');
    expect(facts[0]?.text).toContain(localeMessage('id', 'mixup_cutoff_fact_before', [CUT_OFF_JAKARTA]));
  });

  test('to do: nothing to do in Indonesia (no restriction there), so no checklist', async () => {
    const popup = await popupAtStart();
    expect(await popup.locator('#checklist').count()).toBe(0);
    expect(await popup.locator('input[type="checkbox"]').count()).toBe(0);
  });

  test('sections: closing timeline and mix-ups while products stays open is remembered', async () => {
    const { launched } = scenario();
    const popup = await openPopup(launched);
    await setSections(popup, { 'section-timeline': false, 'section-mix-ups': false, 'section-products': true });
    await popup.close();
    const expected = {
      'section-meaning': true,
      'section-timeline': false,
      'section-products': true,
      'section-mix-ups': false,
    };
    expect(await reopenUntil(launched, openSections, expected)).toEqual(expected);
  });

  test('copy summary in Indonesian: the status message, region, headline and https sources', async () => {
    const { launched } = scenario();
    await grantClipboard(launched);
    const popup = await openPopup(launched);
    await popup.getByRole('button', { name: localeMessage('id', 'copy_summary'), exact: true }).click();
    await expect.poll(async () => normalizeSpaces(await popup.locator('.copy [role="status"]').textContent())).toBe(localeMessage('id', 'copy_done'));

    const lines = (await readClipboard(popup)).split('\n').map(normalizeSpaces);
    expect(lines[0]).toMatch(summaryTitle('id', 'Indonesia', /1 September 2024 pukul 19\.\d\d WIB/));
    expect(lines).toContain(localeMessage('id', 'headline_none', [REVIEWED.id]));
    expect(lines).toContain(localeMessage('id', 'summary_origin'));
    // Indonesia has no milestone yet, so its summary cites none; the US context is not a source of its status.
    const sourceLines = lines.filter((line) => line.startsWith('- '));
    expect(sourceLines.filter((line) => !/: https:\/\/\S+$/.test(line))).toEqual([]);
    await popup.close();
  });
});

describe('U.S. person living abroad, Indonesian, Asia/Jakarta, 2024-09-01T12:00Z: copy summary cites https sources', () => {
  const scenario = useBrowser({ startAt: '2024-09-01T12:00:00Z', timeZone: 'Asia/Jakarta', language: 'id' });

  test('choose the region in the options, then the summary names it, with the cut-off in Jakarta time and https sources', async () => {
    const { launched } = scenario();
    const options = await openOptions(launched);
    await options.locator('select#region').selectOption('us-abroad');
    expect(await messageBeside(options, OPTIONS_CONTROLS.region)).toBe(localeMessage('id', 'options_saved_region', [localeMessage('id', 'region_us_abroad')]));

    await grantClipboard(launched);
    const popup = await openPopup(launched);
    expect(await textOf(popup, 'h1#headline')).toBe(localeMessage('id', 'm_us_new_sales_end_headline', [CUT_OFF_JAKARTA]));
    await popup.getByRole('button', { name: localeMessage('id', 'copy_summary'), exact: true }).click();
    await expect.poll(async () => normalizeSpaces(await popup.locator('.copy [role="status"]').textContent())).toBe(localeMessage('id', 'copy_done'));
    const summary = await readClipboard(popup);
    const lines = summary.split('\n').map(normalizeSpaces);
    expect(lines[0]).toMatch(summaryTitle('id', localeMessage('id', 'region_us_abroad'), /1 September 2024 pukul 19\.\d\d WIB/));
    expect(lines).toContain(localeMessage('id', 'm_us_new_sales_end_headline', [CUT_OFF_JAKARTA]));
    expect(lines).toContain(localeMessage('id', 'summary_sources'));
    const sourceLines = lines.filter((line) => line.startsWith('- '));
    expect(sourceLines.length).toBeGreaterThan(0);
    expect(sourceLines.filter((line) => !/: https:\/\/\S+$/.test(line))).toEqual([]);
    expect(summary).toContain('https://www.bis.gov/');
  });
});

describe('freshness at 2026-12-10T12:00Z (a week after the review): no notice', () => {
  describe('English, America/Los_Angeles', () => {
    const scenario = useBrowser({ startAt: '2026-12-10T12:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US' }, { isAlarmExpected: false });

    test('neither the wrong-clock nor the stale notice; the headline says updates ended', async () => {
      const popup = await openPopup(scenario().launched);
      // More than 30 days after the cut-off the headline names its month; the timeline keeps the minute.
      expect(await textOf(popup, 'h1#headline')).toBe(localeMessage('en', 'm_us_updates_end_headline', ['September 2024']));
      expect(await popup.locator('#clock-warning, #stale-notice').count()).toBe(0);
      expect(normalizeSpaces(await popup.locator('main').textContent())).not.toContain(localeMessage('en', 'clock_wrong', ['', '']).slice(0, 20));
      await popup.close();
    });
  });

  describe('Indonesian, Asia/Jakarta', () => {
    const scenario = useBrowser({ startAt: '2026-12-10T12:00:00Z', timeZone: 'Asia/Jakarta', language: 'id' }, { isAlarmExpected: false });

    test('neither notice; what this means names the Google Play removal, with "Sumber:"', async () => {
      const popup = await openPopup(scenario().launched);
      expect(await popup.locator('#clock-warning, #stale-notice').count()).toBe(0);
      const items = await sourcedItems(popup, '#section-meaning li');
      expect(items.filter((item) => item.text.startsWith(localeMessage('id', 'meaning_play_store')))).toHaveLength(1);
      expectSourced(items, 'id');
      await setSection(popup, 'section-timeline', true);
      const regional = await timelineEntries(popup, 0);
      expect(phases(regional)).toEqual([`✓ ${localeMessage('id', 'timeline_past')}: us-google-play-removal`]);
      // An approximate day is shown as part of its month.
      expect(regional[0]).toMatchObject({ date: 'akhir September 2024', relative: '(2 tahun yang lalu)' });
      // The day is approximate: said beside it, with the day the press first reported it.
      expect(normalizeSpaces(await popup.locator('#section-timeline li[data-milestone-id="us-google-play-removal"]').textContent())).toContain(
        localeMessage('id', 'popup_date_approximate_reported', ['7 Oktober 2024']),
      );
      await popup.close();
    });
  });
});

describe('freshness at 2027-07-01T12:00Z (more than 180 days after the review): the stale notice', () => {
  const cases: readonly { language: UiLanguage; options: LaunchOptions }[] = [
    { language: 'en', options: { startAt: '2027-07-01T12:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US' } },
    { language: 'id', options: { startAt: '2027-07-01T12:00:00Z', timeZone: 'Asia/Jakarta', language: 'id' } },
  ];

  for (const { language, options } of cases) {
    describe(`${options.language}, ${options.timeZone}`, () => {
      const scenario = useBrowser(options, { isAlarmExpected: false });

      test('asks to look for an update and links the official page; no wrong-clock notice', async () => {
        const popup = await openPopup(scenario().launched);
        const notice = popup.locator('#stale-notice');
        await expect.poll(() => notice.isVisible()).toBe(true);
        expect(normalizeSpaces(await notice.textContent()).startsWith(localeMessage(language, 'freshness_stale'))).toBe(true);
        const links = await notice.locator('a').evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href'), text: anchor.textContent.trim() })));
        expect(links).toHaveLength(1);
        expect(links[0]?.href).toBe(OFFICIAL_PAGE);
        expect(links[0]?.text).toContain('(oicts.bis.gov)');
        expect(await popup.locator('#clock-warning').count()).toBe(0);
        await popup.close();
      });
    });
  }
});

/**
 * The options page's controls by what does not change with the language, so a test that leaves
 * another language behind does not break the next one's clicks (labels are checked on their own).
 */
function optionsControls(page: Page) {
  return {
    badge: page.locator('input#badge'),
    theme: (value: string) => page.locator(`input[name="theme"][value="${value}"]`),
    reset: page.locator('button[aria-describedby="reset-help"]'),
  };
}

/** Background colour of a page's body as [r, g, b]. */
async function background(page: Page): Promise<number[]> {
  const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  return (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
}

function isDark(rgb: readonly number[]): boolean {
  return rgb.length === 3 && rgb.every((channel) => channel < 80);
}

function isLight(rgb: readonly number[]): boolean {
  return rgb.length === 3 && rgb.every((channel) => channel > 200);
}

async function themeOf(page: Page): Promise<{ theme: string | null; isDark: boolean; isLight: boolean }> {
  const rgb = await background(page);
  return { theme: await page.locator('html').getAttribute('data-theme'), isDark: isDark(rgb), isLight: isLight(rgb) };
}

/**
 * Which part of the options page the element at `selector` is drawn nearest to, measured between
 * the boxes on screen: the heading, or one of the controls. A message "beside" its control is
 * nearer to it than to anything else.
 */
async function nearestLandmark(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element, controls: Readonly<Record<string, string>>) => {
    const landmarks: Record<string, string> = { heading: 'h1', ...controls };
    const box = element.getBoundingClientRect();
    const distanceTo = (other: DOMRect): number => {
      const dx = Math.max(0, other.left - box.right, box.left - other.right);
      const dy = Math.max(0, other.top - box.bottom, box.top - other.bottom);
      return Math.hypot(dx, dy);
    };
    const distances = Object.entries(landmarks).map(([name, landmark]) => ({
      name,
      distance: Math.min(...Array.from(document.querySelectorAll(landmark), (match) => distanceTo(match.getBoundingClientRect()))),
    }));
    return distances.reduce((nearest, candidate) => (candidate.distance < nearest.distance ? candidate : nearest)).name;
  }, OPTIONS_CONTROLS);
}

/**
 * Counts changes to the status message beside `control` (a selector), so a test can tell that a
 * save was announced even when the text reads the same as the one before ("Saved.", then
 * "Saved." again).
 */
async function watchStatus(page: Page, control: string): Promise<() => Promise<number>> {
  await page.locator(control).first().evaluate((element) => {
    let status: Element | null = null;
    for (let ancestor = element.parentElement; ancestor && !status; ancestor = ancestor.parentElement) status = ancestor.querySelector('[role="status"]');
    const target = window as unknown as { kbsStatusChanges: number };
    target.kbsStatusChanges = 0;
    if (!status) return;
    new MutationObserver((records) => {
      target.kbsStatusChanges += records.length;
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { kbsStatusChanges: number }).kbsStatusChanges);
}

/** More than 30 days after the cut-off: its month in the headline; the steps are still open. */
const US_HEADLINE = { en: localeMessage('en', 'm_us_updates_end_headline', ['September 2024']), id: localeMessage('id', 'm_us_updates_end_headline', ['September 2024']) };
const US_TOOLTIP_EN = `${localeMessage('en', 'tooltip', [localeMessage('en', 'region_us'), US_HEADLINE.en])} ${localeMessage('en', 'tooltip_steps_open')}`;
const US_TOOLTIP_ID_IN_LA = `${localeMessage('id', 'tooltip', [localeMessage('id', 'region_us'), US_HEADLINE.id])} ${localeMessage('id', 'tooltip_steps_open')}`;
/** Germany, with its anti-virus steps open, in Indonesian. */
const GERMAN_TOOLTIP_ID = `${localeMessage('id', 'tooltip', [localeMessage('id', 'region_de'), localeMessage('id', 'm_de_bsi_warning_headline', ['15 Maret 2022'])])} ${localeMessage('id', 'tooltip_steps_open')}`;

describe('options, English, America/Los_Angeles, 2026-12-10T12:00Z: language, badge, theme, reset, restart', () => {
  const launchOptions: LaunchOptions = { startAt: '2026-12-10T12:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US' };
  let launched: LaunchedExtension | undefined;
  const extension = (): LaunchedExtension => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    return launched;
  };
  let optionsPage: Page | undefined;
  const options = async (): Promise<Page> => (optionsPage ??= await openOptions(extension()));
  const title = async () => normalizeSpaces((await readToolbar(extension().worker)).title);

  beforeAll(async () => {
    launched = await launchExtension(launchOptions);
    await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('the badge and tooltip at start: a red "!" and the English sentence', async () => {
    const toolbar = await readToolbar(extension().worker);
    expect(toolbar.text).toBe('!');
    expect(normalizeSpaces(toolbar.title)).toBe(US_TOOLTIP_EN);
  });

  test('language: "Same as the browser", English, Bahasa Indonesia; each language named in itself', async () => {
    const page = await options();
    const choices = await page.locator('select#language option').evaluateAll((items) =>
      items.map((item) => ({ value: (item as HTMLOptionElement).value, text: item.textContent.trim(), lang: item.getAttribute('lang') })),
    );
    expect(choices).toEqual([
      { value: 'browser', text: localeMessage('en', 'options_language_browser'), lang: null },
      { value: 'en', text: 'English', lang: 'en' },
      { value: 'id', text: 'Bahasa Indonesia', lang: 'id' },
      { value: 'es', text: 'Español', lang: 'es' },
    ]);
    expect(await page.locator('select#language').inputValue()).toBe('browser');
  });

  test('language: Bahasa Indonesia applies at once to this page, the open popup and the tooltip', async () => {
    const page = await options();
    const popup = await openPopup(extension());
    await markPage(popup);
    expect(await textOf(popup, 'h1#headline')).toBe(US_HEADLINE.en);

    await page.locator('select#language').selectOption('id');
    expect(await messageBeside(page, OPTIONS_CONTROLS.language, localeMessage('id', 'options_saved'))).toBe(localeMessage('id', 'options_saved'));
    expect(await textOf(page, 'h1')).toBe(localeMessage('id', 'options_heading'));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.title()).toBe(localeMessage('id', 'options_page_title'));

    const headline = US_HEADLINE.id;
    expect(await pollFor(() => textOf(popup, 'h1#headline'), headline)).toBe(headline);
    expect(await textOf(popup, '.region-bar span')).toBe(localeMessage('id', 'popup_region_suggested', [localeMessage('id', 'region_us')]));
    expect(await popup.locator('html').getAttribute('lang')).toBe('id');
    expect(await isSamePage(popup)).toBe(true);

    expect(await pollFor(title, US_TOOLTIP_ID_IN_LA)).toBe(US_TOOLTIP_ID_IN_LA);
    await popup.close();
  });

  test('language: English, then "Same as the browser" (English here), apply at once too', async () => {
    const page = await options();
    await page.locator('select#language').selectOption('en');
    expect(await messageBeside(page, OPTIONS_CONTROLS.language, localeMessage('en', 'options_saved'))).toBe(localeMessage('en', 'options_saved'));
    expect(await textOf(page, 'h1')).toBe(localeMessage('en', 'options_heading'));
    expect(await pollFor(title, US_TOOLTIP_EN)).toBe(US_TOOLTIP_EN);

    await page.locator('select#language').selectOption('id');
    expect(await pollFor(title, US_TOOLTIP_ID_IN_LA)).toBe(US_TOOLTIP_ID_IN_LA);
    await page.locator('select#language').selectOption('browser');
    expect(await messageBeside(page, OPTIONS_CONTROLS.language, localeMessage('en', 'options_saved'))).toBe(localeMessage('en', 'options_saved'));
    expect(await pollFor(() => textOf(page, 'h1'), localeMessage('en', 'options_heading'))).toBe(localeMessage('en', 'options_heading'));
    expect(await pollFor(title, US_TOOLTIP_EN)).toBe(US_TOOLTIP_EN);
  });

  test('badge off hides the badge text and keeps the tooltip; on shows it again', async () => {
    const page = await options();
    const badge = page.getByLabel(localeMessage('en', 'options_badge_label'), { exact: true });
    expect(await badge.getAttribute('id')).toBe('badge');
    expect(await badge.isChecked()).toBe(true);

    await badge.uncheck();
    expect(await messageBeside(page, OPTIONS_CONTROLS.badge)).toBe(localeMessage('en', 'options_saved'));
    const off = await pollToolbar(extension().worker, (toolbar) => toolbar.text === '');
    expect(off.text).toBe('');
    expect(normalizeSpaces(off.title)).toBe(US_TOOLTIP_EN);

    await badge.check();
    const on = await pollToolbar(extension().worker, (toolbar) => toolbar.text !== '');
    expect(on.text).toBe('!');
    expect(normalizeSpaces(on.title)).toBe(US_TOOLTIP_EN);
  });

  test('theme: Dark and Light set data-theme and the background, here and in an open popup, whatever the system scheme', async () => {
    const page = await options();
    const popup = await openPopup(extension());
    const themeRadio = (key: string) => page.getByRole('radio', { name: localeMessage('en', key), exact: true });
    expect(await textOf(page, 'fieldset legend')).toBe(localeMessage('en', 'options_theme_label'));

    await page.emulateMedia({ colorScheme: 'light' });
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await themeOf(page)).toEqual({ theme: 'system', isDark: false, isLight: true });

    await themeRadio('options_theme_dark').check();
    expect(await messageBeside(page, OPTIONS_CONTROLS.theme)).toBe(localeMessage('en', 'options_saved'));
    const dark = { theme: 'dark', isDark: true, isLight: false };
    expect(await pollFor(() => themeOf(page), dark)).toEqual(dark);
    expect(await pollFor(() => themeOf(popup), dark)).toEqual(dark);

    await page.emulateMedia({ colorScheme: 'dark' });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await themeRadio('options_theme_light').check();
    const light = { theme: 'light', isDark: false, isLight: true };
    expect(await pollFor(() => themeOf(page), light)).toEqual(light);
    expect(await pollFor(() => themeOf(popup), light)).toEqual(light);

    await themeRadio('options_theme_system').check();
    const system = { theme: 'system', isDark: true, isLight: false };
    expect(await pollFor(() => themeOf(page), system)).toEqual(system);
    expect(await pollFor(() => themeOf(popup), system)).toEqual(system);
    await page.emulateMedia({ colorScheme: 'light' });
    await popup.close();
  });

  test('every change is announced: the status message is written anew after each save, even when it reads the same', async () => {
    // A screen reader announces a live region when its content changes; "Saved." replaced by the
    // same "Saved." without touching the DOM is not announced, so the second save goes unconfirmed.
    const page = await options();
    const changes = await watchStatus(page, OPTIONS_CONTROLS.badge);
    const badge = optionsControls(page).badge;

    const beforeFirst = await changes();
    await badge.uncheck();
    await pollToolbar(extension().worker, (toolbar) => toolbar.text === '');
    expect(await messageBeside(page, OPTIONS_CONTROLS.badge)).toBe(localeMessage('en', 'options_saved'));
    expect(await poll(changes, (count) => count > beforeFirst, 3_000), 'turning the badge off was announced').toBeGreaterThan(beforeFirst);

    const beforeSecond = await changes();
    await badge.check();
    await pollToolbar(extension().worker, (toolbar) => toolbar.text === '!');
    expect(await messageBeside(page, OPTIONS_CONTROLS.badge)).toBe(localeMessage('en', 'options_saved'));
    expect(await poll(changes, (count) => count > beforeSecond, 3_000), 'turning the badge on again was announced').toBeGreaterThan(beforeSecond);
  });

  test('"Saved" appears beside the control that changed: the region, then the theme; never under the heading', async () => {
    const page = await options();
    const regionSaved = localeMessage('en', 'options_saved_region', ['Germany']);
    await page.locator(OPTIONS_CONTROLS.region).selectOption('de');
    expect(await messageBeside(page, OPTIONS_CONTROLS.region, regionSaved)).toBe(regionSaved);
    expect(await shownMessages(page)).toEqual({ 'region-save-state': regionSaved });
    expect(await nearestLandmark(page, '#region-save-state')).toBe('region');

    await optionsControls(page).theme('dark').check();
    const saved = localeMessage('en', 'options_saved');
    expect(await messageBeside(page, OPTIONS_CONTROLS.theme, saved)).toBe(saved);
    // The region's confirmation went when the theme changed: one message, beside the theme.
    expect(await shownMessages(page)).toEqual({ 'theme-save-state': saved });
    expect(await nearestLandmark(page, '#theme-save-state')).toBe('theme');
    // Each message is a polite live region; nothing is left between the heading and the first field.
    expect(await page.locator('#region-save-state, #theme-save-state').evaluateAll((statuses) => statuses.map((status) => status.getAttribute('role')))).toEqual(['status', 'status']);
    expect(await page.locator('h1 + *').getAttribute('class')).toContain('field');

    // Back as it was for the tests after this one (the reset test sets its own).
    await optionsControls(page).theme('system').check();
    await messageBeside(page, OPTIONS_CONTROLS.theme, saved);
  });

  test('reset to defaults: region suggested again, language and theme follow the browser, badge shown', async () => {
    const page = await options();
    await page.locator('select#region').selectOption('de');
    expect(await messageBeside(page, OPTIONS_CONTROLS.region, localeMessage('en', 'options_saved_region', ['Germany']))).toBe(localeMessage('en', 'options_saved_region', ['Germany']));
    await optionsControls(page).theme('dark').check();
    await optionsControls(page).badge.uncheck();
    await page.locator('select#language').selectOption('id');
    await pollFor(() => textOf(page, 'h1'), localeMessage('id', 'options_heading'));
    await pollFor(title, GERMAN_TOOLTIP_ID);
    expect(await page.locator('#region-suggested').count()).toBe(0);

    await optionsControls(page).reset.click();
    // It asks first, in the language on screen (Indonesian was chosen above).
    await page.getByRole('button', { name: localeMessage('id', 'options_reset_confirm_yes'), exact: true }).click();
    expect(await messageBeside(page, OPTIONS_CONTROLS.reset, localeMessage('en', 'options_reset_done'))).toBe(localeMessage('en', 'options_reset_done'));
    expect(await page.locator('select#region').inputValue()).toBe('us');
    expect(await textOf(page, '#region-suggested')).toContain(localeMessage('en', 'options_region_picked', ['United States', 'America/Los_Angeles']));
    expect(await page.locator('select#language').inputValue()).toBe('browser');
    expect(await page.locator('input[name="theme"]:checked').inputValue()).toBe('system');
    expect(await optionsControls(page).badge.isChecked()).toBe(true);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('system');

    const toolbar = await pollToolbar(extension().worker, (state) => normalizeSpaces(state.title) === US_TOOLTIP_EN && state.text !== '');
    expect(toolbar.text).toBe('!');
    expect(normalizeSpaces(toolbar.title)).toBe(US_TOOLTIP_EN);
  });

  test('settings survive a restart with the same profile: region, language, theme and badge', async () => {
    const page = await options();
    await page.locator('select#region').selectOption('de');
    await messageBeside(page, OPTIONS_CONTROLS.region, localeMessage('en', 'options_saved_region', ['Germany']));
    await optionsControls(page).theme('dark').check();
    await pollFor(async () => page.locator('html').getAttribute('data-theme'), 'dark');
    await optionsControls(page).badge.uncheck();
    await page.locator('select#language').selectOption('id');
    const germanTooltip = GERMAN_TOOLTIP_ID;
    await pollToolbar(extension().worker, (toolbar) => toolbar.text === '' && normalizeSpaces(toolbar.title) === germanTooltip);

    const first = extension();
    launched = undefined;
    optionsPage = undefined;
    await first.close({ keepProfile: true });
    try {
      launched = await launchExtension({ ...launchOptions, profileDir: first.profileDir });
    } catch (error) {
      await rm(first.profileDir, { recursive: true, force: true });
      throw error;
    }
    const { toolbar } = await waitForFirstUpdate(launched.worker, { isAlarmExpected: false });
    expect(toolbar.text).toBe('');
    expect(normalizeSpaces(toolbar.title)).toBe(germanTooltip);

    const restarted = await options();
    expect({
      region: await restarted.locator('select#region').inputValue(),
      language: await restarted.locator('select#language').inputValue(),
      theme: await restarted.locator('input[name="theme"]:checked').inputValue(),
      isBadgeShown: await restarted.locator('input#badge').isChecked(),
      heading: await textOf(restarted, 'h1'),
      dataTheme: await restarted.locator('html').getAttribute('data-theme'),
    }).toEqual({ region: 'de', language: 'id', theme: 'dark', isBadgeShown: false, heading: localeMessage('id', 'options_heading'), dataTheme: 'dark' });
    const popup = await openPopup(launched);
    expect(await textOf(popup, '.region-bar span')).toBe(localeMessage('id', 'popup_region', [localeMessage('id', 'region_de')]));
    expect(await themeOf(popup)).toEqual({ theme: 'dark', isDark: true, isLight: false });
  });
});

describe('options, Indonesian, Asia/Jakarta, 2026-12-10T12:00Z: language and reset in an Indonesian browser', () => {
  const scenario = useBrowser({ startAt: '2026-12-10T12:00:00Z', timeZone: 'Asia/Jakarta', language: 'id' }, { isAlarmExpected: false });
  const indonesiaTooltip = (language: UiLanguage) =>
    localeMessage(language, 'tooltip', [localeMessage(language, 'region_id'), localeMessage(language, 'headline_none', [REVIEWED[language]])]);
  const title = async () => normalizeSpaces((await readToolbar(scenario().launched.worker)).title);

  test('the choices in Indonesian; choosing English applies at once to this page, the open popup and the tooltip', async () => {
    const { launched } = scenario();
    const page = await openOptions(launched);
    expect(await textsOf(page, 'select#language option')).toEqual([localeMessage('id', 'options_language_browser'), 'English', 'Bahasa Indonesia', 'Español']);
    expect(await title()).toBe(indonesiaTooltip('id'));
    const popup = await openPopup(launched);
    await markPage(popup);
    expect(await textOf(popup, 'h1#headline')).toBe(localeMessage('id', 'headline_none', [REVIEWED.id]));

    await page.locator('select#language').selectOption('en');
    expect(await messageBeside(page, OPTIONS_CONTROLS.language, localeMessage('en', 'options_saved'))).toBe(localeMessage('en', 'options_saved'));
    expect(await textOf(page, 'h1')).toBe(localeMessage('en', 'options_heading'));
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en\b/);
    const headline = localeMessage('en', 'headline_none', [REVIEWED.en]);
    expect(await pollFor(() => textOf(popup, 'h1#headline'), headline)).toBe(headline);
    expect(await isSamePage(popup)).toBe(true);
    expect(await pollFor(title, indonesiaTooltip('en'))).toBe(indonesiaTooltip('en'));
    await popup.close();
    await page.close();
  });

  test('reset to defaults brings Indonesian back (the browser language) and the suggested region, with a message', async () => {
    const { launched } = scenario();
    const page = await openOptions(launched);
    await page.locator('select#region').selectOption('us');
    expect(await messageBeside(page, OPTIONS_CONTROLS.region)).toBe(localeMessage('en', 'options_saved_region', ['United States']));
    await optionsControls(page).theme('dark').check();
    await pollFor(async () => page.locator('html').getAttribute('data-theme'), 'dark');

    const reset = optionsControls(page).reset;
    expect(normalizeSpaces(await reset.textContent())).toBe(localeMessage('en', 'options_reset'));
    await reset.click();
    // It asks first, in the language on screen (English was chosen).
    await page.getByRole('button', { name: localeMessage('en', 'options_reset_confirm_yes'), exact: true }).click();
    expect(await messageBeside(page, OPTIONS_CONTROLS.reset, localeMessage('id', 'options_reset_done'))).toBe(localeMessage('id', 'options_reset_done'));
    expect(await pollFor(() => textOf(page, 'h1'), localeMessage('id', 'options_heading'))).toBe(localeMessage('id', 'options_heading'));
    expect(await page.locator('select#region').inputValue()).toBe('id');
    expect(await textOf(page, '#region-suggested')).toContain(localeMessage('id', 'options_region_picked', ['Indonesia', 'Asia/Jakarta']));
    expect(await page.locator('html').getAttribute('data-theme')).toBe('system');
    expect(await pollFor(title, indonesiaTooltip('id'))).toBe(indonesiaTooltip('id'));
  });
});

describe('a popup left open across the cut-off (opened when this file started) refreshes itself without a reload', () => {
  test.for(LIVE_CASES)('$language: "in 1 hour" to the last second, then "now" and "In force now" at the cut-off with its sentence changed', { timeout: 150_000 }, async ({ language, inOneHour, oneMinuteAgo, before, after }) => {
    const live = livePopups.get(language);
    if (!live) throw new Error('The live browser did not start (see the top-level beforeAll).');
    const next = localeMessage(language, 'timeline_next');
    const inForce = localeMessage(language, 'timeline_now');
    const now = `(${localeMessage(language, 'timeline_just_now')})`;

    // The states are recorded in the page: had it reloaded, the record would be gone.
    const states = await poll(() => liveStates(live.popup), (recorded) => recorded.length >= 2, 120_000, 500);
    expect(states.length).toBeGreaterThan(0);
    expect(LIVE_CUT_OFF - (states[0]?.at ?? LIVE_CUT_OFF), 'the popup opened more than a minute before the cut-off').toBeGreaterThanOrEqual(60_000);
    const expected = [
      { relative: inOneHour, label: next, sentence: before },
      { relative: now, label: inForce, sentence: after },
      // Seen only when this file ran long enough: a minute after the cut-off.
      { relative: oneMinuteAgo, label: inForce, sentence: after },
    ].slice(0, Math.max(2, Math.min(states.length, 3)));
    expect(states.slice(0, 3).map(({ relative, label, sentence }) => ({ relative, label, sentence }))).toEqual(expected);
    // The words, the phase and the sentence all change at the cut-off itself, not before.
    expect((states[1]?.at ?? Number.NaN) - LIVE_CUT_OFF).toBeGreaterThanOrEqual(0);
    expect((states[1]?.at ?? Number.NaN) - LIVE_CUT_OFF).toBeLessThan(2_000);
  });
});
