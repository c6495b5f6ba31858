import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { BackgroundQueue } from '../../src/background/recompute';
import { toChecklistGroupFacts, toMilestoneFactRecord } from '../../scripts/bundled-data-plugin';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { parseMilestone, type Milestone } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { getOptionalApi } from './fake-optional-permissions';
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

let worker: BackgroundQueue | undefined;

/** A new worker replaces the old one, as in the browser: the old one's listeners go with it. */
function stopWorker(): void {
  const { runtime, alarms, storage, permissions } = fakeBrowser;
  // Captured at import: the permissions fake hides `browser.notifications` while it is not granted.
  const notifications = getOptionalApi('notifications') as typeof fakeBrowser.notifications;
  for (const event of [runtime.onInstalled, runtime.onStartup, alarms.onAlarm, storage.onChanged, notifications.onClicked, notifications.onButtonClicked]) event.removeAllListeners();
  for (const event of [permissions.onAdded, permissions.onRemoved] as unknown as { removeAllListeners?: () => void }[]) event.removeAllListeners?.();
  worker = undefined;
}

/** Waits until every update asked for so far has finished (they run one after another), asking for none. */
export async function waitForUpdates(): Promise<void> {
  await worker?.whenIdle();
}

/**
 * Starts the worker at `instant` with the data it ships (the bundled data unless a test installs
 * another, as an update would), cut down to the facts as the build cuts it: its listeners register
 * on the fake browser and its start-up update runs, which this waits for.
 */
export async function startWorker(instant: string, milestones: readonly Milestone[] = MILESTONES): Promise<void> {
  await waitForUpdates();
  stopWorker();
  vi.setSystemTime(new Date(instant));
  vi.resetModules();
  const { registerBackground } = await import('../../src/background/register-background');
  worker = registerBackground({ milestones: milestones.map((milestone) => parseMilestone(toMilestoneFactRecord(milestone))), checklistGroups: CHECKLIST_GROUPS.map(toChecklistGroupFacts) });
  await waitForUpdates();
}

/** Runs one update in the running worker, as any trigger would, and waits for it. */
export async function requestUpdate(): Promise<void> {
  if (!worker) throw new Error('Start the worker first');
  await worker.requestRecompute();
}
