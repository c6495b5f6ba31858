import { describeFactChanges, describeReminder } from '../core/describe-notifications';
import type { DisplayContext } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import { isSameJson } from '../core/is-same-json';
import { diffFacts, takeFactSnapshot } from '../core/milestone-facts';
import type { MilestoneFacts } from '../core/milestone';
import type { RegionId } from '../core/regions';
import { acknowledgePastReminders, planReminders, recordShownReminders } from '../core/reminders';
import type { Settings } from '../core/settings';
import { KNOWN_FACTS_STORAGE_KEY, loadFactSnapshot, READ_FACTS_STORAGE_KEY, saveFactSnapshot } from '../platform/fact-snapshot-store';
import { loadReminderLog, saveReminderLog } from '../platform/reminder-log-store';
import { showNotification, type NotificationContent } from '../platform/notifications';
import { hasPermission, releasePermission } from '../platform/permissions';
import { FACTS_CHANGED_NOTIFICATION_ID, getReminderNotificationId } from './reminder-notifications';

interface ReminderContext {
  readonly now: Date;
  /** The data the reminders are planned from. */
  readonly milestones: readonly MilestoneFacts[];
  /** Give the notifications permission back if reminders are off (see UpdateOptions). */
  readonly releasesUnusedPermission: boolean;
  readonly region: RegionId;
  /** With the organisation's policy applied. */
  readonly settings: Settings;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** A notification that cannot be shown is logged, so the badge and the next wake-up still happen. */
async function tryShowNotification(id: string, content: NotificationContent): Promise<boolean> {
  try {
    return await showNotification(id, content);
  } catch (error) {
    console.warn(`Showing notification ${id} failed`, error);
    return false;
  }
}

/**
 * The reminder half of the one update: shows the reminders due now (each once), says once when an
 * extension update changed the facts of the reader's region, remembers both, and returns when the
 * next reminder falls due. Reminders turned off elsewhere (a synced device, a policy) give the
 * browser's permission back here too, when asked to.
 */
export async function updateReminders({ now, milestones, releasesUnusedPermission, region, settings, translate, display }: ReminderContext): Promise<Date | undefined> {
  const isAllowed = await hasPermission('notifications');
  if (isAllowed && !settings.areRemindersEnabled && releasesUnusedPermission) await releasePermission('notifications');
  const isEnabled = isAllowed && settings.areRemindersEnabled;

  const [log, knownFacts, readFacts] = await Promise.all([
    loadReminderLog(),
    loadFactSnapshot(KNOWN_FACTS_STORAGE_KEY),
    loadFactSnapshot(READ_FACTS_STORAGE_KEY),
  ]);
  const currentFacts = takeFactSnapshot(milestones);
  const isDataUpdated = knownFacts !== undefined && !isSameJson(knownFacts, currentFacts);
  // No snapshot yet means a first install (or lost storage): nothing to compare, nothing to say.
  const factChanges = isDataUpdated ? diffFacts(knownFacts, milestones, region) : [];
  const changedMilestoneIds = factChanges.map((change) => change.milestoneId);
  const plan = planReminders({
    milestones,
    region,
    zone: display,
    now,
    log: isDataUpdated ? acknowledgePastReminders(log, milestones, region, changedMilestoneIds, now, display) : log,
    isEnabled,
    mutedMilestoneIds: settings.mutedMilestoneIds,
  });

  const reminderResults = await Promise.all(
    plan.due.map(async (reminder) => ({
      reminder,
      isShown: await tryShowNotification(getReminderNotificationId(reminder), {
        ...describeReminder(reminder, region, now, translate, display),
        buttonTitle: translate('notification_mute_button'),
      }),
    })),
  );
  // Only what was really shown counts as shown: one that failed comes again at the next update.
  const nextLog = recordShownReminders(plan.log, reminderResults.filter((result) => result.isShown).map((result) => result.reminder));
  const work: Promise<unknown>[] = [];
  if (isEnabled && factChanges.length > 0) work.push(tryShowNotification(FACTS_CHANGED_NOTIFICATION_ID, describeFactChanges(factChanges, region, translate)));
  if (nextLog !== log) work.push(saveReminderLog(nextLog));
  if (!knownFacts || isDataUpdated) work.push(saveFactSnapshot(KNOWN_FACTS_STORAGE_KEY, currentFacts));
  // What the reader has seen starts as what was installed: the popup's "Updated" note compares with it.
  if (!readFacts) work.push(saveFactSnapshot(READ_FACTS_STORAGE_KEY, currentFacts));
  await Promise.all(work);
  return plan.nextAt;
}
