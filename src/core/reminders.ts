import { addHours, addMilliseconds, isAfter, isBefore, max, min, parseISO } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import { getDataFreshness } from './data-freshness';
import { getFactFingerprint } from './milestone-facts';
import type { RegionId } from './regions';
import { getAnnounced, getRegionMilestones, getWhen, type Milestone, type MilestoneFacts } from './milestone';
import { isPlainObject } from './is-plain-object';
import { getDaysAheadStart, type ReaderZone } from './relative-time';

/** `at`: the milestone's own instant; the others: this long before an announced deadline. */
export type ReminderKind = 'at' | 'week-before' | 'day-before';

/** How many days before a deadline each advance reminder comes. */
const LEAD_DAYS: Readonly<Record<Exclude<ReminderKind, 'at'>, number>> = {
  'week-before': 7,
  'day-before': 1,
};

/**
 * When a reminder `days` before `milestone` (0: its own) falls due for a reader in `zone`. An
 * instant: that many 24-hour days before it ("in 7 days", "in 24 hours"). A date without a time of
 * day: not before the authority's 00:00 less those days, nor before the reader's calendar shows
 * the date that many days ahead, so the notification reads "in 7 days", "tomorrow" or "today",
 * never "What happened: … tomorrow" in a zone west of the authority's.
 */
function getReminderInstant(milestone: MilestoneFacts, days: number, zone: ReaderZone): Date {
  const byTheClock = addMilliseconds(getWhen(milestone), -days * millisecondsInDay);
  const byTheCalendar = milestone.precision === 'instant' ? undefined : getDaysAheadStart(milestone, days, zone);
  return byTheCalendar ? max([byTheClock, byTheCalendar]) : byTheClock;
}

/** A reminder missed while the browser was closed still shows this long after its instant. */
export const LATE_REMINDER_HOURS = 24;

export interface Reminder<M extends MilestoneFacts = Milestone> {
  readonly milestone: M;
  readonly kind: ReminderKind;
  readonly at: Date;
  /** Stable name of this reminder, the key of what was shown. */
  readonly key: string;
}

/**
 * What was shown, kept in `storage.local`: a reminder shows once per version of its milestone's
 * facts, and only from the moment reminders were turned on (turning them on never replays the
 * past day's reminders).
 */
export interface ReminderLog {
  /** ISO 8601 instant reminders were last turned on; absent while they are off. */
  readonly since?: string;
  /** Reminder key → fingerprint of the milestone's facts when it was shown. */
  readonly shown: Readonly<Record<string, string>>;
}

export const EMPTY_REMINDER_LOG: ReminderLog = { shown: {} };

/** A damaged log is read as far as it makes sense: a bad `since` is dropped, bad entries too. */
export function parseReminderLog(stored: unknown): ReminderLog {
  if (!isPlainObject(stored)) return EMPTY_REMINDER_LOG;
  const record = stored;
  const since = record['since'];
  const shown = record['shown'];
  const shownEntries =
    isPlainObject(shown)
      ? Object.entries(shown).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      : [];
  const isValidSince = typeof since === 'string' && !Number.isNaN(parseISO(since).getTime());
  return { ...(isValidSince ? { since } : {}), shown: Object.fromEntries(shownEntries) };
}

/**
 * Every reminder a region has for a reader in `zone`, whenever it falls: each milestone at its
 * instant (or, for a date, once the reader's calendar shows it), if it was known by then (one
 * reported afterwards is news, not a reminder), and 7 days and 1 day before each deadline, from
 * its announcement on. A date known only to the month has no reminder at its instant.
 */
export function listReminders<M extends MilestoneFacts>(milestones: readonly M[], region: RegionId, zone: ReaderZone): Reminder<M>[] {
  return getRegionMilestones(milestones, region).flatMap((milestone) => {
    const announced = getAnnounced(milestone);
    const reminders: Reminder<M>[] = [];
    // A month-precision date is stored as the 1st: a reminder then would invent a day.
    if (milestone.precision !== 'month' && !isAfter(announced, getWhen(milestone))) reminders.push({ milestone, kind: 'at', at: getReminderInstant(milestone, 0, zone), key: `${milestone.id}/at` });
    if (milestone.isDeadline) {
      for (const [kind, days] of Object.entries(LEAD_DAYS) as [Exclude<ReminderKind, 'at'>, number][]) {
        const at = getReminderInstant(milestone, days, zone);
        if (!isBefore(at, announced)) reminders.push({ milestone, kind, at, key: `${milestone.id}/${kind}` });
      }
    }
    return reminders;
  });
}

/** The log with `shown` recorded as shown now, with the facts they were shown with. */
export function recordShownReminders(log: ReminderLog, shown: readonly Reminder<MilestoneFacts>[]): ReminderLog {
  if (shown.length === 0) return log;
  return { ...log, shown: { ...log.shown, ...Object.fromEntries(shown.map((reminder) => [reminder.key, getFactFingerprint(reminder.milestone)])) } };
}

/**
 * After an update changed the facts of some milestones: their reminders whose instant has passed
 * count as shown with the new facts, so only reminders still ahead are armed again. The update's
 * own notification says what changed; a past reminder beside it (repeated, or of a milestone just
 * added or moved earlier) would be noise.
 */
export function acknowledgePastReminders(log: ReminderLog, milestones: readonly MilestoneFacts[], region: RegionId, changedMilestoneIds: readonly string[], now: Date, zone: ReaderZone): ReminderLog {
  const past = listReminders(milestones, region, zone).filter((reminder) => changedMilestoneIds.includes(reminder.milestone.id) && !isAfter(reminder.at, now));
  const unacknowledged = past.filter((reminder) => log.shown[reminder.key] !== getFactFingerprint(reminder.milestone));
  return recordShownReminders(log, unacknowledged);
}

export interface ReminderPlanInput<M extends MilestoneFacts = Milestone> {
  readonly milestones: readonly M[];
  readonly region: RegionId;
  /** The reader's zone: a date's reminders follow its calendar. */
  readonly zone: ReaderZone;
  readonly now: Date;
  readonly log: ReminderLog;
  /** On in the settings and allowed by the browser. */
  readonly isEnabled: boolean;
  readonly mutedMilestoneIds: readonly string[];
}

export interface ReminderPlan<M extends MilestoneFacts = Milestone> {
  /** To show now, oldest first. Record those that were shown with `recordShownReminders`. */
  readonly due: readonly Reminder<M>[];
  /** The next instant a reminder falls due; `undefined` when none will. */
  readonly nextAt: Date | undefined;
  /** The log with when reminders were turned on (or off); the same object when that did not change. */
  readonly log: ReminderLog;
}

/**
 * Which reminders to show at `now`, and when to wake for the next. Pure: once the reminders shown
 * are recorded in the log, running it again at the same instant shows nothing more. A clock
 * earlier than the data's review date is wrong, and reminders would be for things long past: none
 * then.
 */
export function planReminders<M extends MilestoneFacts>({ milestones, region, zone, now, log, isEnabled, mutedMilestoneIds }: ReminderPlanInput<M>): ReminderPlan<M> {
  if (!isEnabled) {
    const { shown } = log;
    return { due: [], nextAt: undefined, log: log.since === undefined ? log : { shown } };
  }
  // Just turned on, or a `since` in the future (the clock was wrong when it was written): from now.
  const isSinceKept = log.since !== undefined && !isAfter(parseISO(log.since), now);
  const since = isSinceKept ? parseISO(log.since) : now;
  const sinceLog: ReminderLog = isSinceKept ? log : { ...log, since: now.toISOString() };
  if (getDataFreshness(now) === 'clock-wrong') return { due: [], nextAt: undefined, log: sinceLog };

  const pending = listReminders(milestones, region, zone).filter(
    (reminder) => !mutedMilestoneIds.includes(reminder.milestone.id) && log.shown[reminder.key] !== getFactFingerprint(reminder.milestone),
  );
  const due = pending
    .filter((reminder) => !isBefore(reminder.at, since) && !isAfter(reminder.at, now) && isBefore(now, addHours(reminder.at, LATE_REMINDER_HOURS)))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const upcoming = pending.filter((reminder) => isAfter(reminder.at, now)).map((reminder) => reminder.at);
  return { due, nextAt: upcoming.length > 0 ? min(upcoming) : undefined, log: sinceLog };
}
