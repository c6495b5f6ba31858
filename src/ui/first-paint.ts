import { isLanguage, type Language } from '../core/language';
import { isTheme, type Theme } from '../core/theme';

/**
 * What a page paints before the browser's storage answers. `storage.*` is asynchronous and takes
 * a round trip to the browser process; the page's own `localStorage` is synchronous. So each page
 * remembers there how it last looked (language, theme), and the popup what it last showed, valid
 * until the next instant anything on it changes. The first frame shows that; the page then reads
 * storage, renders the real view and replaces the remembered one in the same task, so a right
 * memory changes nothing on screen and a stale one is corrected before anyone can act on it.
 *
 * The remembered content is rebuilt element by element, never parsed as HTML: only this
 * extension's pages can write its `localStorage`, and even so nothing in it can become a script.
 */

/** Where the two memories live in the extension's `localStorage`. */
const LOOK_KEY = 'firstPaint.look';
const POPUP_KEY = 'firstPaint.popup';

/** A remembered page with more nodes or deeper than this is not ours. */
const MAX_SNAPSHOT_NODES = 20_000;
const MAX_SNAPSHOT_DEPTH = 64;
const MAX_SNAPSHOT_HEIGHT = 1_000_000;
const TAG_PATTERN = /^[a-z][a-z0-9-]*$/;
/** Event handler attributes are never copied (the page's policy would not run them either). */
const ATTRIBUTE_PATTERN = /^(?!on)[a-z][a-z0-9_.:-]*$/;

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How the extension's pages last looked: the same for the popup and the options page. */
export interface PageLook {
  /** The language whose messages the page showed: a page loads it first. */
  readonly language: Language;
  /** `<html lang>`: the display locale, e.g. `es-MX`. */
  readonly locale: string;
  readonly theme: Theme;
}

/** What the popup last showed, and the conditions under which it still shows exactly that. */
export interface PopupSnapshot {
  /** The extension version that rendered it: an update may change both the facts and the markup. */
  readonly build: string;
  /** The device's zone and languages then: the region and the dates follow them. */
  readonly environment: string;
  /** The stored inputs it was rendered from (settings, policy, checklist, seen facts). */
  readonly inputs: string;
  readonly takenAt: number;
  /** The next instant anything on it changes; `null` when nothing will. */
  readonly validUntil: number | null;
  readonly title: string;
  /** What of `<body>` was in view when the page opened, as `SnapshotNode`s. */
  readonly content: readonly SnapshotNode[];
  /** The page's whole height in CSS pixels: the copy keeps it, so the scroll bar is the same. */
  readonly height: number;
}

/**
 * An element as `[tag, [[name, value]…], children]`, or a text. Rebuilt with DOM calls, never
 * parsed as HTML: nothing in it can become markup or script.
 */
export type SnapshotNode = string | readonly [tag: string, attributes: readonly (readonly [name: string, value: string])[], children: readonly SnapshotNode[]];

/** What the reader's device says about itself now, compared with a snapshot's. */
export interface FirstPaintContext {
  readonly build: string;
  readonly environment: string;
  readonly now: Date;
}

/** The device's zone and languages, on which a popup's region and dates depend. */
export function getDeviceKey(): string {
  return JSON.stringify([Intl.DateTimeFormat().resolvedOptions().timeZone, ...navigator.languages]);
}

/** `localStorage` can be switched off, full or hold anything: every failure means "nothing remembered". */
function readJson(storage: SyncStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function writeJson(storage: SyncStorage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or switched off: the next page waits for the browser's storage instead.
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocaleTag(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export function parsePageLook(value: unknown): PageLook | undefined {
  if (!isRecord(value)) return undefined;
  const { language, locale, theme } = value;
  return isLanguage(language) && isLocaleTag(locale) && isTheme(theme) ? { language, locale, theme } : undefined;
}

/** Whether untrusted `value` is a list of snapshot nodes within the limits. */
function isSnapshotContent(value: unknown): value is readonly SnapshotNode[] {
  let budget = MAX_SNAPSHOT_NODES;
  const isNode = (node: unknown, depth: number): boolean => {
    budget -= 1;
    if (budget < 0 || depth > MAX_SNAPSHOT_DEPTH) return false;
    if (typeof node === 'string') return true;
    if (!Array.isArray(node) || node.length !== 3) return false;
    const [tag, attributes, children] = node as unknown[];
    return (
      typeof tag === 'string' &&
      TAG_PATTERN.test(tag) &&
      Array.isArray(attributes) &&
      attributes.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && ATTRIBUTE_PATTERN.test(pair[0]) && typeof pair[1] === 'string') &&
      Array.isArray(children) &&
      children.every((child) => isNode(child, depth + 1))
    );
  };
  return Array.isArray(value) && value.every((node) => isNode(node, 0));
}

export function parsePopupSnapshot(value: unknown): PopupSnapshot | undefined {
  if (!isRecord(value)) return undefined;
  const { build, environment, inputs, takenAt, validUntil, title, content, height } = value;
  if (typeof build !== 'string' || typeof environment !== 'string' || typeof inputs !== 'string' || typeof title !== 'string') return undefined;
  if (typeof takenAt !== 'number' || !Number.isFinite(takenAt)) return undefined;
  if (validUntil !== null && (typeof validUntil !== 'number' || !Number.isFinite(validUntil))) return undefined;
  if (typeof height !== 'number' || !(height >= 0 && height <= MAX_SNAPSHOT_HEIGHT)) return undefined;
  return isSnapshotContent(content) ? { build, environment, inputs, takenAt, validUntil, title, content, height } : undefined;
}

export function readPageLook(storage: SyncStorage): PageLook | undefined {
  return parsePageLook(readJson(storage, LOOK_KEY));
}

export function rememberPageLook(storage: SyncStorage, look: PageLook): void {
  if (JSON.stringify(readPageLook(storage)) !== JSON.stringify(look)) writeJson(storage, LOOK_KEY, look);
}

/**
 * The popup's last snapshot, if it shows exactly what the popup would show now on this device:
 * same version and device, and `now` between when it was taken and its next change. Whether the
 * stored inputs are still the same only storage can tell: the page checks right after.
 */
export function readPopupSnapshot(storage: SyncStorage, { build, environment, now }: FirstPaintContext): PopupSnapshot | undefined {
  const snapshot = parsePopupSnapshot(readJson(storage, POPUP_KEY));
  if (!snapshot || snapshot.build !== build || snapshot.environment !== environment) return undefined;
  const time = now.getTime();
  if (time < snapshot.takenAt || (snapshot.validUntil !== null && time >= snapshot.validUntil)) return undefined;
  return snapshot;
}

export function rememberPopup(storage: SyncStorage, snapshot: PopupSnapshot): void {
  writeJson(storage, POPUP_KEY, snapshot);
}

/**
 * Another page saw the stored inputs change (the reader chose another region in the options):
 * a popup snapshot of other inputs would show the old answer first, so it goes.
 */
export function forgetPopupUnlessFrom(storage: SyncStorage, inputs: string): void {
  const snapshot = parsePopupSnapshot(readJson(storage, POPUP_KEY));
  if (snapshot && snapshot.inputs !== inputs) {
    try {
      storage.removeItem(POPUP_KEY);
    } catch {
      // Switched off: then nothing was remembered either.
    }
  }
}

/** Inside a closed `<details>`, all but its summary is never painted. */
function isFoldedAway(element: Element): boolean {
  const parent = element.parentElement;
  return parent instanceof HTMLDetailsElement && !parent.open && element.localName !== 'summary';
}

/**
 * The popup's `<body>` as it is on screen, for its next first paint: only what is in view when the
 * page opens (above `viewportHeight`, from the top), as the rest is painted by the live page before
 * anyone scrolls to it. A ticked box is a property, not an attribute: it is written as `checked`,
 * so the first paint shows it ticked.
 */
export function takePopupContent(body: HTMLElement, viewportHeight: number): SnapshotNode[] {
  const scrolledBy = body.ownerDocument.defaultView?.scrollY ?? 0;
  const isBelowFold = (element: Element): boolean => element.getBoundingClientRect().top + scrolledBy >= viewportHeight;
  const take = (node: Node): SnapshotNode | undefined => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.localName === 'script' || isFoldedAway(node) || isBelowFold(node)) return undefined;
    const attributes = [...node.attributes].filter(({ name }) => name !== 'checked').map(({ name, value }): [string, string] => [name, value]);
    if (node instanceof HTMLInputElement && node.checked) attributes.push(['checked', '']);
    return [node.localName, attributes, [...node.childNodes].map(take).filter((child) => child !== undefined)];
  };
  return [...body.childNodes].map(take).filter((node) => node !== undefined);
}

function buildNode(document: Document, node: SnapshotNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, children] = node;
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  element.append(...children.map((child) => buildNode(document, child)));
  return element;
}

/** The remembered look on `<html>`: the language screen readers use and the colour scheme. */
export function applyPageLook(root: HTMLElement, { locale, theme }: Pick<PageLook, 'locale' | 'theme'>): void {
  root.lang = locale;
  root.dataset['theme'] = theme;
}

/** Marks what the first paint added to `<body>`, for the page to take away. */
const SHOWN_ATTRIBUTE = 'data-first-paint';

/**
 * Shows a popup snapshot at the top of `body`, inert: its buttons would do nothing until the page
 * is live.
 */
function showPopupSnapshot(document: Document, snapshot: PopupSnapshot): void {
  const elements = snapshot.content.filter((node) => typeof node !== 'string').map((node) => buildNode(document, node) as Element);
  for (const element of elements) element.setAttribute(SHOWN_ATTRIBUTE, '');
  for (const element of elements) element.toggleAttribute('inert', true);
  document.body.prepend(...elements);
  document.documentElement.style.minHeight = `${snapshot.height}px`;
  document.title = snapshot.title;
}

/** The remembered look, applied while `<head>` is parsed: before the browser can paint anything. */
export function showPageLook(document: Document, storage: SyncStorage): void {
  const look = readPageLook(storage);
  if (look) applyPageLook(document.documentElement, look);
}

/**
 * The popup's remembered content at the top of its `<body>`, if it is still exact at `now` (and
 * the page is not opened for a reminder, whose banner it would lack).
 */
export function showRememberedPopup(document: Document, storage: SyncStorage, context: Omit<FirstPaintContext, 'environment'>): void {
  const snapshot = readPopupSnapshot(storage, { ...context, environment: getDeviceKey() });
  if (snapshot) showPopupSnapshot(document, snapshot);
}

/**
 * Takes away what the first paint showed: the page renders the real view in the same task. Says
 * whether there was anything.
 */
export function hideFirstPaint(document: Document): boolean {
  const shown = document.body.querySelectorAll(`:scope > [${SHOWN_ATTRIBUTE}]`);
  for (const element of shown) element.remove();
  document.documentElement.style.removeProperty('min-height');
  return shown.length > 0;
}
