import { parseReminderLog, type ReminderLog } from '../core/reminders';
import { readStored, writeStored } from './storage';

/** Which reminders were shown, in `storage.local`: it belongs to the device, like its notifications. */
export const REMINDER_LOG_STORAGE_KEY = 'reminderLog';

export async function loadReminderLog(): Promise<ReminderLog> {
  return parseReminderLog(await readStored('local', REMINDER_LOG_STORAGE_KEY));
}

export async function saveReminderLog(log: ReminderLog): Promise<void> {
  await writeStored('local', REMINDER_LOG_STORAGE_KEY, log);
}
