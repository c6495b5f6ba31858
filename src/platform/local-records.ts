import { parseFactSnapshot, type FactSnapshot } from '../core/milestone-facts';
import { parseReminderLog, type ReminderLog } from '../core/reminders';
import { browser } from './browser';

/**
 * What this browser remembers beside the settings, in `storage.local` (it belongs to the device,
 * like the notifications it shows): which reminders were shown, the facts the background last
 * ran with, and the facts the reader last saw in the popup.
 */
export const REMINDER_LOG_STORAGE_KEY = 'reminderLog';
export const KNOWN_FACTS_STORAGE_KEY = 'knownFacts';
export const READ_FACTS_STORAGE_KEY = 'readFacts';

type SnapshotKey = typeof KNOWN_FACTS_STORAGE_KEY | typeof READ_FACTS_STORAGE_KEY;

async function readLocal(key: string): Promise<unknown> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(key);
    return stored[key];
  } catch (error) {
    console.warn(`Reading ${key} failed`, error);
    return undefined;
  }
}

async function writeLocal(key: string, value: unknown): Promise<void> {
  try {
    await browser.storage.local.set({ [key]: value });
  } catch (error) {
    console.warn(`Saving ${key} failed`, error);
  }
}

export async function loadReminderLog(): Promise<ReminderLog> {
  return parseReminderLog(await readLocal(REMINDER_LOG_STORAGE_KEY));
}

export function saveReminderLog(log: ReminderLog): Promise<void> {
  return writeLocal(REMINDER_LOG_STORAGE_KEY, log);
}

/** `undefined` when there is none yet, or it was damaged. */
export async function loadFactSnapshot(key: SnapshotKey): Promise<FactSnapshot | undefined> {
  return parseFactSnapshot(await readLocal(key));
}

export function saveFactSnapshot(key: SnapshotKey, snapshot: FactSnapshot): Promise<void> {
  return writeLocal(key, snapshot);
}

/** Calls `listener` when the snapshot the reader last saw changes (marked read in another popup). */
export function onReadFactsChanged(listener: () => void): () => void {
  const handleChange = (changes: Record<string, unknown>, areaName: string): void => {
    if (areaName === 'local' && READ_FACTS_STORAGE_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handleChange);
  return () => {
    browser.storage.onChanged.removeListener(handleChange);
  };
}
