/// <reference types="chrome" />
import type { Worker } from 'playwright-core';
import { readAlarms, readDefaultTitle, readToolbar, type ToolbarState } from './launch-extension';

/**
 * Reads `read` until `isDone` holds or `timeoutMs` passes, and returns the last value either way,
 * so the caller's `expect` fails with a readable diff instead of a bare timeout.
 */
export async function poll<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isDone(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, intervalMs));
    value = await read();
  }
  return value;
}

export interface FirstUpdate {
  readonly toolbar: ToolbarState;
  readonly alarms: chrome.alarms.Alarm[];
}

/**
 * Polls the toolbar until `isDone` holds, then reads it once more. `readToolbar` asks for text,
 * colours and tooltip one after another, so the read that first sees a change can hold a badge
 * text from before it; the read after it is whole.
 */
export async function pollToolbar(worker: Worker, isDone: (toolbar: ToolbarState) => boolean, timeoutMs = 10_000, intervalMs = 100): Promise<ToolbarState> {
  await poll(() => readToolbar(worker), isDone, timeoutMs, intervalMs);
  return readToolbar(worker);
}

export interface FirstUpdateOptions {
  /**
   * Whether the update sets an alarm, and so whether to wait for one: false where nothing will
   * change any more (the update then clears the alarm). Default true.
   */
  readonly isAlarmExpected?: boolean;
  readonly timeoutMs?: number;
}

/**
 * Waits for the worker's first update after start: the tooltip is no longer the extension's name
 * and, unless told otherwise, an alarm is set. The update sets badge text and colours before the
 * tooltip, so once the tooltip has changed a fresh read sees them all.
 */
export async function waitForFirstUpdate(worker: Worker, { isAlarmExpected = true, timeoutMs = 10_000 }: FirstUpdateOptions = {}): Promise<FirstUpdate> {
  const defaultTitle = await readDefaultTitle(worker);
  await poll(
    async () => ({ title: (await readToolbar(worker)).title, alarms: await readAlarms(worker) }),
    ({ title, alarms }) => title !== defaultTitle && (alarms.length > 0 || !isAlarmExpected),
    timeoutMs,
  );
  return { toolbar: await readToolbar(worker), alarms: await readAlarms(worker) };
}

/**
 * The alarms once the worker's first update has finished. The first alarm is set early, from the
 * policy as last read, and the update replaces or clears it seconds later, after Chromium answers
 * the first policy read of the session; reading at once would check that early one. The facts
 * snapshot (`knownFacts` in storage.local) is written on the first run just before the final
 * alarm is set.
 */
export async function readSettledAlarms(worker: Worker, timeoutMs = 15_000): Promise<chrome.alarms.Alarm[]> {
  const hasSnapshot = await poll(() => worker.evaluate(async () => 'knownFacts' in (await chrome.storage.local.get('knownFacts'))), Boolean, timeoutMs);
  if (!hasSnapshot) throw new Error('The first update never finished: no facts snapshot in storage.local');
  await new Promise((done) => setTimeout(done, 500));
  return readAlarms(worker);
}

/** `#E37400` as the browser reports badge colours: `[227, 116, 0, 255]`. */
export function toRgba(hex: `#${string}`): number[] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return [...match.slice(1, 4).map((pair) => Number.parseInt(pair, 16)), 255];
}

function relativeLuminance([red = 0, green = 0, blue = 0]: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = [red, green, blue].map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque RGB(A) colours, from 1 to 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [lighter = 0, darker = 0] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * ICU writes a narrow or plain no-break space in some dates ("9:00 PM"); compare with plain
 * spaces so the tests check the words, not which space ICU chose.
 */
export function normalizeSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** An ISO instant as epoch milliseconds, as `chrome.alarms` reports `scheduledTime`. */
export function epochMs(instant: string): number {
  return new Date(instant).getTime();
}
