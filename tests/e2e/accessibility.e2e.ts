/**
 * Accessibility of the popup and the options page in real Chromium: axe-core finds no violation
 * in light and dark (the system's scheme and the forced theme), in English and Indonesian, for a
 * US and a non-US region; every control is reached with Tab, in reading order, with a visible
 * focus outline; nothing scrolls sideways at 200% zoom; nothing moves under reduced motion.
 *
 * Two browsers: English in Los Angeles in 2024 (the wrong-clock notice shows) and Indonesian in
 * Jakarta in mid-2027 (the stale-data notice shows), so both notices are checked too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { LaunchedExtension } from './support/launch-extension';
import {
  expandEverything,
  expectedTabStops,
  horizontalOverflow,
  localeMessage,
  messageBeside,
  openOptions,
  openPopup,
  OPTIONS_CONTROLS,
  pollFor,
  tickedSteps,
  walkWithTab,
  type FocusStop,
  type UiLanguage,
} from './support/extension-pages';
import { poll } from './support/observe';
import { useBrowser } from './support/scenario';

type Theme = 'system' | 'light' | 'dark';
type Scheme = 'light' | 'dark';

interface Look {
  /** The extension's theme setting. */
  readonly theme: Theme;
  /** The system colour scheme the page is shown under (`prefers-color-scheme`). */
  readonly scheme: Scheme;
}

/**
 * The looks checked, two per region: each region painted light and dark, once by the system's
 * scheme and once by the forced theme against the opposite system scheme. (A forced dark theme
 * and a dark system scheme resolve to the same `light-dark()` colours; what can differ is whether
 * the setting wins, which every forced case also checks through the painted background.)
 */
const HOME_LOOKS: readonly Look[] = [
  { theme: 'system', scheme: 'light' },
  { theme: 'dark', scheme: 'light' },
];
const OTHER_LOOKS: readonly Look[] = [
  { theme: 'system', scheme: 'dark' },
  { theme: 'light', scheme: 'dark' },
];

/** Sets region and theme through the options page, as a user would, and waits until saved. */
async function applySettings(launched: LaunchedExtension, region: string, theme: Theme): Promise<void> {
  const page = await openOptions(launched);
  try {
    const region$ = page.locator('select#region');
    if ((await region$.inputValue()) !== region || (await page.locator('#region-suggested').count()) > 0) {
      await region$.selectOption(region);
      await messageBeside(page, OPTIONS_CONTROLS.region);
    }
    await page.locator(`input[name="theme"][value="${theme}"]`).check();
    await pollFor(async () => page.locator('html').getAttribute('data-theme'), theme);
    // "Saved" beside the theme says the save finished; a page opened next reads the stored settings.
    await messageBeside(page, OPTIONS_CONTROLS.theme);
  } finally {
    await page.close();
  }
}

interface Violation {
  readonly rule: string;
  readonly impact: string | null | undefined;
  readonly targets: string[];
  readonly help: string;
}

async function axeViolations(page: Page): Promise<Violation[]> {
  // Only violations are needed: axe then skips detailing every pass, which saves seconds per page.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
    help: violation.help,
  }));
}

/** Opens a page under a colour scheme, the popup with every section and entry expanded. */
async function openUnder(launched: LaunchedExtension, which: 'popup' | 'options', scheme: Scheme): Promise<Page> {
  const page = which === 'popup' ? await openPopup(launched) : await openOptions(launched);
  await page.emulateMedia({ colorScheme: scheme });
  if (which === 'popup') await expandEverything(page);
  return page;
}

/** The background actually painted: dark or light, so each look is known to have applied. */
async function paintedScheme(page: Page): Promise<Scheme | 'unclear'> {
  const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const rgb = (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  if (rgb.length === 3 && rgb.every((channel) => channel > 200)) return 'light';
  if (rgb.length === 3 && rgb.every((channel) => channel < 80)) return 'dark';
  return 'unclear';
}

function expectedScheme({ theme, scheme }: Look): Scheme {
  return theme === 'system' ? scheme : theme;
}

/** Focus stops drawn without an outline, in a form that names them in a failure. */
function withoutVisibleFocus(stops: readonly FocusStop[]): string[] {
  return stops
    .filter((stop) => stop.outlineStyle === 'none' || stop.outlineWidth === '0px' || !stop.isFocusVisible)
    .map((stop) => `${stop.description}: outline ${stop.outlineStyle} ${stop.outlineWidth}, :focus-visible ${stop.isFocusVisible}`);
}

function describeStops(stops: readonly FocusStop[]): string[] {
  return stops.map((stop) => `${stop.order} ${stop.description}`);
}

/** Every element is still, and has no animation or transition that could start. */
async function motion(page: Page): Promise<{ running: number; animated: string[] }> {
  return page.evaluate(() => ({
    running: document.getAnimations().length,
    animated: Array.from(document.querySelectorAll<HTMLElement>('*'))
      .filter((element) => {
        const style = getComputedStyle(element);
        return style.animationName !== 'none' || style.transitionDuration.split(',').some((duration) => Number.parseFloat(duration) > 0);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  }));
}

interface BrowserCase {
  readonly name: string;
  readonly language: UiLanguage;
  readonly startAt: string;
  readonly timeZone: string;
  readonly browserLanguage: string;
  readonly isAlarmExpected: boolean;
  /** The region the zone suggests, then one on the other side of the US rules. */
  readonly regions: readonly [string, string];
  /** One of `regions` whose status calls for action, so the popup has its checklist. */
  readonly checklistRegion: string;
  /** The notice this instant shows. */
  readonly notice: '#clock-warning' | '#stale-notice';
}

const BROWSERS: readonly BrowserCase[] = [
  {
    name: 'English, America/Los_Angeles, 2024-09-20T12:00Z',
    language: 'en',
    startAt: '2024-09-20T12:00:00Z',
    timeZone: 'America/Los_Angeles',
    browserLanguage: 'en-US',
    isAlarmExpected: true,
    regions: ['us', 'de'],
    checklistRegion: 'us',
    notice: '#clock-warning',
  },
  {
    name: 'Indonesian, Asia/Jakarta, 2027-07-01T12:00Z',
    language: 'id',
    startAt: '2027-07-01T12:00:00Z',
    timeZone: 'Asia/Jakarta',
    browserLanguage: 'id',
    isAlarmExpected: false,
    regions: ['id', 'us-abroad'],
    checklistRegion: 'us-abroad',
    notice: '#stale-notice',
  },
  {
    name: 'Spanish, America/Chicago, 2024-09-28T12:00Z',
    language: 'es',
    startAt: '2024-09-28T12:00:00Z',
    timeZone: 'America/Chicago',
    browserLanguage: 'es',
    isAlarmExpected: true,
    regions: ['us', 'id'],
    checklistRegion: 'us',
    notice: '#clock-warning',
  },
];

for (const browser of BROWSERS) {
  describe(`accessibility, ${browser.name}`, () => {
    const scenario = useBrowser(
      { startAt: browser.startAt, timeZone: browser.timeZone, language: browser.browserLanguage },
      { isAlarmExpected: browser.isAlarmExpected },
    );
    const [homeRegion, otherRegion] = browser.regions;

    const axeCases = [...HOME_LOOKS.map((look) => ({ region: homeRegion, ...look })), ...OTHER_LOOKS.map((look) => ({ region: otherRegion, ...look }))];

    test.for(axeCases)('axe: no violations on the popup (all expanded) and options, region $region, theme $theme, system $scheme', async (look) => {
      const { launched } = scenario();
      await applySettings(launched, look.region, look.theme);
      // The two pages are checked side by side: axe takes seconds on the expanded popup.
      const check = async (which: 'popup' | 'options') => {
        const page = await openUnder(launched, which, look.scheme);
        try {
          if (which === 'popup') {
            expect(await page.locator(browser.notice).isVisible(), `${browser.notice} shows, so axe checks it too`).toBe(true);
            expect(await page.locator('details:not([open])').count()).toBe(0);
          }
          return { painted: await paintedScheme(page), language: await page.locator('html').getAttribute('lang'), violations: await axeViolations(page) };
        } finally {
          await page.close();
        }
      };
      const [popup, options] = await Promise.all([check('popup'), check('options')]);
      const results = { popup, options };
      const expected = { painted: expectedScheme(look), language: expect.stringMatching(new RegExp(`^${browser.language}\\b`)) as unknown, violations: [] };
      expect(results).toEqual({ popup: expected, options: expected });
    });

    test('keyboard: in the popup the first Tab stop is the region bar; Tab reaches every control once, in reading order, with a visible outline', async () => {
      const { launched } = scenario();
      await applySettings(launched, homeRegion, 'system');
      const popup = await openPopup(launched);
      await expandEverything(popup);
      const expected = await expectedTabStops(popup);
      const stops = await walkWithTab(popup);

      expect(stops[0]?.description).toContain(localeMessage(browser.language, 'popup_change_region'));
      expect(await popup.evaluate(() => document.querySelector('.region-bar')?.contains(document.querySelector('.region-bar button')) ?? false)).toBe(true);
      expect(expected.length).toBeGreaterThan(20);
      expect(describeStops(stops)).toEqual(describeStops(expected));
      expect(withoutVisibleFocus(stops)).toEqual([]);
      await popup.close();
    });

    test('keyboard: Enter on a section title closes and reopens it; Space ticks and unticks a step of "What to do"', async () => {
      const { launched } = scenario();
      await applySettings(launched, browser.checklistRegion, 'system');
      const popup = await openPopup(launched);
      const meaning = popup.locator('details#section-meaning');
      await popup.locator('details#section-meaning > summary').focus();
      const isOpen = () => meaning.evaluate((details: HTMLDetailsElement) => details.open);
      const wasOpen = await isOpen();
      await popup.keyboard.press('Enter');
      expect(await pollFor(isOpen, !wasOpen)).toBe(!wasOpen);
      await popup.keyboard.press('Enter');
      expect(await pollFor(isOpen, wasOpen)).toBe(wasOpen);

      // "What to do" is not folded while steps are open: its checkboxes are there to reach.
      const step = popup.locator('#checklist input[type="checkbox"]').first();
      const stepId = await step.getAttribute('id');
      expect(stepId).toMatch(/^step-/);
      const before = await tickedSteps(popup);
      expect(before).not.toContain(stepId);
      await step.focus();
      await popup.keyboard.press('Space');
      expect(await poll(() => tickedSteps(popup), (ids) => ids.includes(stepId ?? ''), 5_000)).toContain(stepId);
      await popup.keyboard.press('Space');
      expect(await pollFor(() => tickedSteps(popup), before)).toEqual(before);
      await popup.close();
    });

    test('keyboard: on the options page the region comes first; Tab reaches every control with a visible outline; arrows change the theme', async () => {
      const { launched } = scenario();
      const page = await openOptions(launched);
      const expected = await expectedTabStops(page);
      const stops = await walkWithTab(page);
      expect(stops[0]?.description).toMatch(/^select#region /);
      expect(describeStops(stops)).toEqual(describeStops(expected));
      expect(withoutVisibleFocus(stops)).toEqual([]);

      const checkedTheme = page.locator('input[name="theme"]:checked');
      await checkedTheme.focus();
      expect(await checkedTheme.inputValue()).toBe('system');
      await page.keyboard.press('ArrowDown');
      expect(await pollFor(async () => page.locator('html').getAttribute('data-theme'), 'light')).toBe('light');
      expect(await messageBeside(page, OPTIONS_CONTROLS.theme)).toBe(localeMessage(browser.language, 'options_saved'));
      await page.keyboard.press('ArrowUp');
      expect(await pollFor(async () => page.locator('html').getAttribute('data-theme'), 'system')).toBe('system');
      await page.close();
    });

    test.for(browser.regions)('zoom 200 percent: the popup at 190 px wide (its 380 px at 200 percent) never scrolls sideways, region %s', async (region) => {
      const { launched } = scenario();
      await applySettings(launched, region, 'system');
      const popup = await openPopup(launched);
      await popup.setViewportSize({ width: 190, height: 700 });
      await expandEverything(popup);
      const overflow = await horizontalOverflow(popup);
      expect(overflow.clientWidth).toBe(190);
      expect(overflow.scrollWidth <= overflow.clientWidth + 1 ? [] : overflow.widest, `scrollWidth ${overflow.scrollWidth} > clientWidth ${overflow.clientWidth} + 1`).toEqual([]);
      await popup.close();
    });

    test('zoom 400 percent: the options page at 320 px wide never scrolls sideways', async () => {
      const page = await openOptions(scenario().launched);
      await page.setViewportSize({ width: 320, height: 700 });
      const overflow = await horizontalOverflow(page);
      expect(overflow.clientWidth).toBe(320);
      expect(overflow.scrollWidth <= overflow.clientWidth + 1 ? [] : overflow.widest, `scrollWidth ${overflow.scrollWidth}`).toEqual([]);
      await page.close();
    });

    test('reduced motion: nothing animates or transitions while sections open and close, steps are ticked and the theme changes', async () => {
      const { launched } = scenario();
      await applySettings(launched, browser.checklistRegion, 'system');
      const popup = await openPopup(launched);
      await popup.emulateMedia({ reducedMotion: 'reduce' });
      expect(await popup.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      const still = { running: 0, animated: [] };
      expect(await motion(popup)).toEqual(still);

      for (const id of ['section-timeline', 'section-mix-ups', 'section-meaning']) {
        await popup.locator(`details#${id} > summary`).click();
        expect(await motion(popup), `after toggling ${id}`).toEqual(still);
      }
      const step = popup.locator('#checklist input[type="checkbox"]').first();
      await step.click();
      expect(await motion(popup), 'after ticking a step').toEqual(still);
      await step.click();
      await popup.locator('#checklist button.not-for-me').first().click();
      expect(await motion(popup), 'after setting a group aside').toEqual(still);
      await popup.locator('#checklist .set-aside button').first().click();
      await popup.locator('.region-bar button').hover();
      expect(await motion(popup), 'while hovering a button').toEqual(still);

      const options = await openOptions(launched);
      await options.emulateMedia({ reducedMotion: 'reduce' });
      await options.locator('input[name="theme"][value="dark"]').check();
      await pollFor(async () => options.locator('html').getAttribute('data-theme'), 'dark');
      expect(await motion(options), 'options, after switching to dark').toEqual(still);
      expect(await pollFor(async () => popup.locator('html').getAttribute('data-theme'), 'dark')).toBe('dark');
      expect(await motion(popup), 'popup, after the theme changed under it').toEqual(still);
      await options.locator('input[name="theme"][value="system"]').check();
      await pollFor(async () => options.locator('html').getAttribute('data-theme'), 'system');
      // The confirmation beside the theme follows the save, which the page shows before storage answers.
      expect(await messageBeside(options, OPTIONS_CONTROLS.theme)).not.toBe('');
      await options.close();
      await popup.close();
    });
  });
}
