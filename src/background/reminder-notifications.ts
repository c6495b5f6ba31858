import type { MilestoneFacts } from '../core/milestone';
import type { Reminder } from '../core/reminders';
import { setMilestoneMuted } from '../core/settings';
import { getStatusPagePath } from '../core/status-page';
import { clearNotification } from '../platform/notifications';
import { saveSettings } from '../platform/settings-store';
import { openExtensionTab } from '../platform/tabs';

const REMINDER_PREFIX = 'reminder/';
/** One at a time: a newer change of the facts replaces the older notification. */
export const FACTS_CHANGED_NOTIFICATION_ID = 'facts-changed';

export function getReminderNotificationId(reminder: Reminder<MilestoneFacts>): string {
  return `${REMINDER_PREFIX}${reminder.key}`;
}

/** The milestone a reminder notification is about (`reminder/<milestone id>/<kind>`). */
function getReminderMilestoneId(notificationId: string): string | undefined {
  if (!notificationId.startsWith(REMINDER_PREFIX)) return undefined;
  return notificationId.slice(REMINDER_PREFIX.length).split('/')[0] || undefined;
}

/** A click on a notification opens the status page, about that milestone for a reminder. */
export async function openNotificationTarget(notificationId: string): Promise<void> {
  if (notificationId !== FACTS_CHANGED_NOTIFICATION_ID && !notificationId.startsWith(REMINDER_PREFIX)) return;
  await Promise.all([openExtensionTab(getStatusPagePath(getReminderMilestoneId(notificationId))), clearNotification(notificationId)]);
}

/** "Don't remind me about this" (the one button of a reminder): that milestone never reminds again. */
export async function muteNotificationMilestone(notificationId: string): Promise<void> {
  const milestoneId = getReminderMilestoneId(notificationId);
  if (!milestoneId) return;
  await Promise.all([saveSettings((settings) => setMilestoneMuted(settings, milestoneId, true)), clearNotification(notificationId)]);
}
