import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { translateEnglish } from './translators';

/**
 * Running the real background against the in-memory browser. A test file using it must mock the
 * polyfill with the fake first:
 * `vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }))`.
 */

/** The browser's own i18n answers in English, as Chromium does for an en-US user. */
export function useBrowserMessages(): void {
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | (string | number)[]) =>
    translateEnglish(key as Parameters<typeof translateEnglish>[0], [substitutions ?? []].flat().map(String));
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
}

export async function readToolbar() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    backgroundColor: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

export async function readAlarms() {
  return (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime, periodInMinutes }) => ({
    name,
    scheduledTime: new Date(scheduledTime).toISOString(),
    periodInMinutes,
  }));
}

/** Listeners start the update without awaiting it, so assertions wait for the state to arrive. */
export const eventually = (assertion: () => Promise<void>) => vi.waitFor(assertion, { timeout: 2000, interval: 5 });

/** Waits until every update asked for so far has finished (they run one after another). */
export async function waitForUpdates(): Promise<void> {
  await (await import('../../src/background/recompute')).requestRecompute();
}

/**
 * Starts the worker at `instant`: the real top-level code registers its listeners on the fake
 * browser and runs its start-up update, which this waits for.
 */
export async function startWorker(instant: string): Promise<void> {
  vi.setSystemTime(new Date(instant));
  vi.resetModules();
  await import('../../src/background');
  await waitForUpdates();
}
