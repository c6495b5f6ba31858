/// <reference types="chrome" />
/**
 * Helpers for the popup and options pages as a user meets them: open them, read their text in
 * the words of the shipped `_locales` files, and walk them with the keyboard.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openExtensionPage, type LaunchedExtension } from './launch-extension';
import { normalizeSpaces, poll } from './observe';

interface LocaleEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export type UiLanguage = 'en' | 'id' | 'es';

const LOCALES_DIR = resolve(import.meta.dirname, '../../../_locales');

/**
 * A message of the shipped locale file, with its `$NAME$` placeholders filled in as the browser's
 * i18n does (placeholder content `$1` is the first substitution). Expectations come from the
 * files the extension ships, so a test checks that the right message is shown in the right
 * language, and keeps working when a translator rewords it.
 */
export function localeMessage(language: UiLanguage, key: string, substitutions: readonly string[] = []): string {
  const messages = JSON.parse(readFileSync(resolve(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Record<string, LocaleEntry | undefined>;
  const entry = messages[key];
  if (!entry) throw new Error(`No message "${key}" in _locales/${language}`);
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
  const text = entry.message
    .replace(/\$([a-zA-Z0-9_@]+)\$/g, (match, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? match : content.replace(/\$(\d)/g, (_digit, index: string) => substitutions[Number(index) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
  return normalizeSpaces(text);
}

/** The popup, once its sections (which wait for the remembered popup state) are drawn. */
export async function openPopup(launched: LaunchedExtension): Promise<Page> {
  const popup = await openExtensionPage(launched, 'src/popup.html');
  // Fail a step in seconds, not Playwright's 30: one broken test should not stall those after it.
  popup.setDefaultTimeout(10_000);
  await popup.locator('details#section-products').waitFor({ state: 'attached' });
  return popup;
}

export async function openOptions(launched: LaunchedExtension): Promise<Page> {
  const options = await openExtensionPage(launched, 'src/options.html');
  options.setDefaultTimeout(10_000);
  await options.locator('select#region').waitFor();
  return options;
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return normalizeSpaces(await page.locator(selector).first().textContent());
}

/** The text of every element matching `selector`, in document order, spaces normalised. */
export async function textsOf(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map(normalizeSpaces);
}

/** Reads `read` until it returns `expected` (or the time is up), then returns what it read last. */
export async function pollFor<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  return poll(read, (value) => JSON.stringify(value) === JSON.stringify(expected), timeoutMs);
}

export const SECTION_IDS = ['section-meaning', 'section-timeline', 'section-products', 'section-mix-ups'] as const;

/**
 * Which of the popup's collapsible sections (`main > details`, so not the checklist's own
 * "Show the steps") are open, by id, in document order.
 */
export async function openSections(popup: Page): Promise<Record<string, boolean>> {
  return popup.locator('main > details.section').evaluateAll((sections) => Object.fromEntries(sections.map((section) => [section.id, (section as HTMLDetailsElement).open])));
}

/**
 * Opens or closes a popup section by clicking its title, as a user would, unless it already is
 * in that state; waits until its body is there (the popup builds it only while open) or gone.
 */
export async function setSection(popup: Page, id: string, isOpen: boolean): Promise<void> {
  const section = popup.locator(`details#${id}`);
  if ((await section.evaluate((details: HTMLDetailsElement) => details.open)) !== isOpen) await section.locator('summary').first().click();
  await popup.locator(isOpen ? `details#${id}[open] > .section-body` : `details#${id}:not([open])`).waitFor({ state: 'attached' });
  if (!isOpen) await popup.locator(`details#${id} > .section-body`).waitFor({ state: 'detached' });
}

/** Brings the sections to `target` (id → open), clicking only those that differ. */
export async function setSections(popup: Page, target: Readonly<Record<string, boolean>>): Promise<void> {
  for (const [id, isOpen] of Object.entries(target)) await setSection(popup, id, isOpen);
}

/**
 * Opens every `<details>` of the popup (sections, then the timeline's "what happened" inside
 * them, which exist only once their section is open) without a click, so that keyboard focus
 * still starts at the top of the page; waits until none is closed.
 */
export async function expandEverything(popup: Page): Promise<void> {
  const closed = await poll(
    async () => {
      await popup.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      return popup.locator('details:not([open]), details.section[open]:not(:has(> .section-body))').count();
    },
    (count) => count === 0,
    5_000,
  );
  if (closed > 0) throw new Error(`${closed} <details> did not open`);
}

/** The ids of the ticked checklist steps ("What to do"), in document order. */
export async function tickedSteps(popup: Page): Promise<string[]> {
  return popup.locator('#checklist input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((box) => box.id));
}

/**
 * The options page's message beside `control` (a selector): the first `role=status` element in
 * the closest ancestor of the control that holds one, as the reader sees it next to what they
 * changed. Read until it is not empty, or says `expected` (or the time is up).
 */
export async function messageBeside(page: Page, control: string, expected?: string, timeoutMs = 5_000): Promise<string> {
  const read = async () =>
    normalizeSpaces(
      await page
        .locator(control)
        .first()
        .evaluate((element) => {
          for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
            const status = ancestor.querySelector('[role="status"]');
            if (status) return status.textContent;
          }
          return null;
        }),
    );
  return poll(read, (value) => (expected === undefined ? value !== '' : value === expected), timeoutMs);
}

/** Every status message of the options page that says something, by its element's id. */
export async function shownMessages(page: Page): Promise<Record<string, string>> {
  return page.locator('[role="status"]').evaluateAll((statuses) =>
    Object.fromEntries(statuses.flatMap((status) => (status.textContent ? [[status.id, status.textContent.replace(/\s+/g, ' ').trim()]] : []))),
  );
}

/** Selectors of the options page's controls, for `messageBeside`. */
export const OPTIONS_CONTROLS = {
  region: 'select#region',
  language: 'select#language',
  theme: 'input[name="theme"]',
  badge: 'input#badge',
  reminders: 'input#reminders-enabled',
  reset: 'button[aria-describedby="reset-help"]',
} as const;

export interface FocusStop {
  /** Position of the element among all elements of the page, in document order. */
  readonly order: number;
  readonly description: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly isFocusVisible: boolean;
}

/** Selector of what a keyboard user can reach with Tab (no positive tabindex is used). */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Every element a keyboard user should reach with Tab, in document order: focusable, rendered,
 * not inside a closed `<details>`, and (for a radio group) only its checked radio.
 */
export async function expectedTabStops(page: Page): Promise<FocusStop[]> {
  return page.evaluate((selector) => {
    const all = Array.from(document.querySelectorAll('*'));
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((element) => {
        if (element.getClientRects().length === 0) return false;
        const closedDetails = element.closest('details:not([open])');
        if (closedDetails && !(element.tagName === 'SUMMARY' && element.parentElement === closedDetails)) return false;
        if (element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '') {
          const group = Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${element.name}"]`));
          const checked = group.find((radio) => radio.checked) ?? group[0];
          return element === checked;
        }
        return true;
      })
      .map((element) => ({
        order: all.indexOf(element),
        description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 50)}"`,
        outlineStyle: '',
        outlineWidth: '',
        isFocusVisible: false,
      }));
  }, FOCUSABLE);
}

/**
 * Presses Tab from the top of the page until focus leaves the page content or comes back to an
 * element already seen, recording each element focused and how its focus is drawn.
 */
export async function walkWithTab(page: Page, maxStops = 400): Promise<FocusStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const stops: FocusStop[] = [];
  for (let step = 0; step < maxStops; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): FocusStop | null => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        order: Array.from(document.querySelectorAll('*')).indexOf(element),
        description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 50)}"`,
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        isFocusVisible: element.matches(':focus-visible'),
      };
    });
    if (stop === null || stops.some((seen) => seen.order === stop.order)) break;
    stops.push(stop);
  }
  return stops;
}

/** How far the page scrolls sideways: 0 when everything fits the viewport's width. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth + 1;
    // What sticks out, to name the culprit in a failure: inline content (a long word or link)
    // first, then the innermost blocks.
    const sticking = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((element) => element.getBoundingClientRect().right > limit);
    const isInline = (element: HTMLElement) => getComputedStyle(element).display === 'inline';
    const innermost = sticking.filter((element) => !Array.from(element.children).some((child) => child.getBoundingClientRect().right > limit));
    const widest = [...new Set([...sticking.filter(isInline), ...innermost])]
      .slice(0, 6)
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} right=${Math.round(element.getBoundingClientRect().right)} "${element.textContent.trim().slice(0, 70)}"`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}
