import { formatMilestoneDate, type DisplayContext } from './format-milestone-date';
import type { MessageKey, Translate } from './messages';
import type { MilestoneFacts } from './milestone';
import type { FactChange, FactChangeKind } from './milestone-facts';
import { REGION_NAME_KEYS, type RegionId } from './regions';
import { describeMilestoneRelativeTime } from './relative-time';
import type { Reminder, ReminderKind } from './reminders';

export interface NotificationText {
  readonly title: string;
  readonly message: string;
}

const REMINDER_TITLE_KEYS: Readonly<Record<ReminderKind, MessageKey>> = {
  at: 'notification_title_at',
  'week-before': 'notification_title_ahead',
  'day-before': 'notification_title_ahead',
};

const FACT_CHANGE_KEYS: Readonly<Record<Exclude<FactChangeKind, 'withdrawn'>, MessageKey>> = {
  added: 'fact_change_added',
  'date-corrected': 'fact_change_date_corrected',
  'source-added': 'fact_change_source_added',
  'details-corrected': 'fact_change_details_corrected',
};

/** A notification has room for about three lines: the rest is in the page it opens. */
const MAX_CHANGES_IN_NOTIFICATION = 3;

/**
 * "Coming up: …", with the milestone's date in the reader's zone (or the authority's day) and how
 * far it is at `now`: a reminder shown late, after a closed browser, still tells the time left.
 */
export function describeReminder(reminder: Reminder<MilestoneFacts>, region: RegionId, now: Date, translate: Translate, display: DisplayContext): NotificationText {
  const date = formatMilestoneDate(reminder.milestone, display, translate);
  const dateText = date.isTimeOfDayStated ? date.display : translate('notification_date_without_time', [date.display]);
  const relative = describeMilestoneRelativeTime(reminder.milestone, now, translate, display);
  return {
    title: translate(REMINDER_TITLE_KEYS[reminder.kind], [translate(reminder.milestone.text.title)]),
    message: translate('notification_reminder_message', [translate(REGION_NAME_KEYS[region]), dateText, relative]),
  };
}

/** One change in words, e.g. "Kaspersky updates end for U.S. users: date corrected". */
export function describeFactChange(change: FactChange<MilestoneFacts>, translate: Translate): string {
  if (change.kind === 'withdrawn' || !change.milestone) return translate('fact_change_withdrawn');
  return translate(FACT_CHANGE_KEYS[change.kind], [translate(change.milestone.text.title)]);
}

/** The one notification after an update changed the facts of the reader's region. */
export function describeFactChanges(changes: readonly FactChange<MilestoneFacts>[], region: RegionId, translate: Translate): NotificationText {
  const listed = changes.slice(0, MAX_CHANGES_IN_NOTIFICATION).map((change) => describeFactChange(change, translate));
  const hidden = changes.length - listed.length;
  const items = hidden > 0 ? [...listed, translate('fact_change_more', [String(hidden)])] : listed;
  return {
    title: translate('notification_facts_title', [translate(REGION_NAME_KEYS[region])]),
    message: translate('notification_facts_message', [items.join('; ')]),
  };
}
