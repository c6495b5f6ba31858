import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getFactFingerprint } from '../../src/core/milestone-facts';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import {
  acknowledgePastReminders,
  EMPTY_REMINDER_LOG,
  listReminders,
  parseReminderLog,
  planReminders,
  recordShownReminders,
  type ReminderLog,
  type ReminderPlanInput,
} from '../../src/core/reminders';
import { getRelativeTime } from '../../src/core/relative-time';
import { findBundledMilestone, MILESTONES_WITH_FUTURE_DEADLINE, withChangedMilestone } from '../support/milestone-fixtures';
import { timeZoneArbitrary } from '../support/time-zones';

const HOUR = 60 * 60 * 1000;
const at = (iso: string): Date => new Date(iso);
/** The moved Australian deadline of the fixture, 2027-04-01 00:00 in Sydney, in UTC. */
const DEADLINE = at('2027-03-31T13:00:00Z');
const WEEK_BEFORE = new Date(DEADLINE.getTime() - 7 * 24 * HOUR);
const DAY_BEFORE = new Date(DEADLINE.getTime() - 24 * HOUR);
/** A reader in Sydney, where the Australian dates are dated: the reminders come at the authority's 00:00. */
const SYDNEY = { timeZone: 'Australia/Sydney' };
const LOS_ANGELES = { timeZone: 'America/Los_Angeles' };
/** Reminders on since long before the reminders below. */
const ON_SINCE_FEBRUARY: ReminderLog = { since: '2027-02-01T00:00:00.000Z', shown: {} };

function plan(overrides: Partial<ReminderPlanInput> & Pick<ReminderPlanInput, 'now'>) {
  return planReminders({
    milestones: MILESTONES_WITH_FUTURE_DEADLINE,
    region: 'au',
    zone: SYDNEY,
    log: ON_SINCE_FEBRUARY,
    isEnabled: true,
    mutedMilestoneIds: [],
    ...overrides,
  });
}

const dueKeys = (result: ReturnType<typeof plan>) => result.due.map((reminder) => reminder.key);

/** Plans, then records every due reminder as shown, as the background does once they are on screen. */
function planAndShow(overrides: Partial<ReminderPlanInput> & Pick<ReminderPlanInput, 'now'>) {
  const result = plan(overrides);
  return { ...result, log: recordShownReminders(result.log, result.due) };
}

describe('listReminders', () => {
  test('the US cut-off: at its instant, 7 days and 1 day before, each in whole 24-hour days', () => {
    const cutOff = listReminders(MILESTONES, 'us', LOS_ANGELES).filter((reminder) => reminder.milestone.id === 'us-updates-end');
    expect(cutOff.map(({ kind, at }) => [kind, at.toISOString()])).toEqual([
      ['at', '2024-09-29T04:00:00.000Z'],
      ['week-before', '2024-09-22T04:00:00.000Z'],
      ['day-before', '2024-09-28T04:00:00.000Z'],
    ]);
  });

  test('a milestone only reported after it happened has no reminder at its instant', () => {
    const reported = withChangedMilestone('us-ultraav-switch', { announced: '2024-09-24T00:00:00-04:00' });
    expect(listReminders(reported, 'us', LOS_ANGELES).some((reminder) => reminder.milestone.id === 'us-ultraav-switch')).toBe(false);
  });

  test('a deadline announced 3 days ahead has its 1-day reminder but no 7-day one', () => {
    const short = withChangedMilestone('us-new-sales-end', { announced: '2024-07-17T00:00:00-04:00' });
    const kinds = listReminders(short, 'us', LOS_ANGELES).filter((reminder) => reminder.milestone.id === 'us-new-sales-end').map((reminder) => reminder.kind);
    expect(kinds).toEqual(['at', 'day-before']);
  });

  test('a date known only to the month (Kaspersky\'s free offer, July 2024) has no reminder: the 1st would be invented', () => {
    expect(listReminders(MILESTONES, 'us', LOS_ANGELES).some((reminder) => reminder.milestone.id === 'us-free-offer')).toBe(false);
  });

  test('only the region\'s own milestones (Germany: its two, not the US ones)', () => {
    expect(listReminders(MILESTONES, 'de', LOS_ANGELES).map((reminder) => reminder.key)).toEqual(['de-bsi-warning/at', 'de-court-upholds-warning/at']);
  });

  test('a date without a time of day waits for the reader\'s calendar west of the authority, and for the authority\'s 00:00 east of it', () => {
    const salesEnd = (timeZone: string) =>
      listReminders(MILESTONES, 'us', { timeZone })
        .filter((reminder) => reminder.milestone.id === 'us-new-sales-end')
        .map(({ kind, at }) => [kind, at.toISOString()]);
    // Los Angeles: July 20 begins at 07:00Z, three hours after 00:00 Eastern.
    expect(salesEnd('America/Los_Angeles')).toEqual([
      ['at', '2024-07-20T07:00:00.000Z'],
      ['week-before', '2024-07-13T07:00:00.000Z'],
      ['day-before', '2024-07-19T07:00:00.000Z'],
    ]);
    // Tokyo: July 20 has begun there long before 00:00 Eastern.
    expect(salesEnd('Asia/Tokyo')).toEqual([
      ['at', '2024-07-20T04:00:00.000Z'],
      ['week-before', '2024-07-13T04:00:00.000Z'],
      ['day-before', '2024-07-19T04:00:00.000Z'],
    ]);
  });

  test('in any zone, a reminder of a date reads "in 7 days", "tomorrow" or "today" when it falls due, never before the authority\'s instant', () => {
    const expected = { 'week-before': [7, 24 * 7], 'day-before': [1, 24], at: [0, 0] } as const;
    fc.assert(
      fc.property(timeZoneArbitrary, fc.constantFrom(...REGION_IDS), (timeZone, region) => {
        for (const reminder of listReminders(MILESTONES_WITH_FUTURE_DEADLINE, region, { timeZone })) {
          const [days, hours] = expected[reminder.kind];
          const { milestone } = reminder;
          expect(reminder.at.getTime()).toBeGreaterThanOrEqual(milestone.whenTime - hours * HOUR);
          if (milestone.precision === 'instant') continue;
          expect(getRelativeTime(milestone, reminder.at, { timeZone })).toMatchObject(milestone.isApproximate ? { unit: 'month' } : { value: days, unit: 'day' });
        }
      }),
      { numRuns: 100 },
    );
  });

  test('no reminder at a date that became known only later (Google Play: about September 27, reported October 7)', () => {
    expect(listReminders(MILESTONES, 'id', LOS_ANGELES)).toEqual([]);
  });
});

describe('planReminders', () => {
  test.each([
    ['a second before the 7-day reminder', new Date(WEEK_BEFORE.getTime() - 1000), []],
    ['at the 7-day reminder', WEEK_BEFORE, ['au-removal-deadline/week-before']],
    ['23 h 59 min after it (the browser was closed)', new Date(WEEK_BEFORE.getTime() + 24 * HOUR - 60_000), ['au-removal-deadline/week-before']],
    ['24 h after it: too late, dropped', new Date(WEEK_BEFORE.getTime() + 24 * HOUR), []],
    ['at the 1-day reminder', DAY_BEFORE, ['au-removal-deadline/day-before']],
    ['at the deadline', DEADLINE, ['au-removal-deadline/at']],
  ])('%s', (_label, now, keys) => {
    expect(dueKeys(plan({ now }))).toEqual(keys);
  });

  test('each reminder shows once: once recorded as shown, the same reminder is not due again', () => {
    const first = planAndShow({ now: DAY_BEFORE });
    expect(dueKeys(first)).toEqual(['au-removal-deadline/day-before']);
    const again = plan({ now: new Date(DAY_BEFORE.getTime() + HOUR), log: first.log });
    expect(again.due).toEqual([]);
    expect(again.log).toEqual(first.log);
  });

  test('closed across the 1-day reminder and the deadline: only the one less than a day late shows', () => {
    expect(dueKeys(plan({ now: new Date(DEADLINE.getTime() + HOUR) }))).toEqual(['au-removal-deadline/at']);
  });

  test('reminders of two milestones due together show oldest first', () => {
    const twoDeadlines = withChangedMilestone('au-pspf-direction', { when: '2027-03-31T00:00:00+11:00', announced: '2027-02-21T00:00:00+11:00' }).map((milestone) =>
      milestone.id === 'au-removal-deadline' ? MILESTONES_WITH_FUTURE_DEADLINE.find((candidate) => candidate.id === milestone.id)! : milestone,
    );
    expect(dueKeys(plan({ milestones: twoDeadlines, now: DAY_BEFORE }))).toEqual(['au-pspf-direction/at', 'au-removal-deadline/day-before']);
  });

  test('a reminder shown once fires again when its milestone\'s facts change (a corrected date)', () => {
    const shown = planAndShow({ now: DAY_BEFORE }).log;
    const corrected = withChangedMilestone('au-removal-deadline', { when: '2027-04-02T00:00:00+11:00', announced: '2027-02-21T00:00:00+11:00' });
    const dayBeforeCorrected = new Date(DAY_BEFORE.getTime() + 24 * HOUR);
    expect(dueKeys(plan({ milestones: corrected, now: dayBeforeCorrected, log: shown }))).toEqual(['au-removal-deadline/day-before']);
  });

  test('only the wording changed: the fingerprint is the same, nothing fires again', () => {
    const shown = planAndShow({ now: DAY_BEFORE }).log;
    const reworded = MILESTONES_WITH_FUTURE_DEADLINE.map((milestone) =>
      milestone.id === 'au-removal-deadline' ? { ...milestone, text: { ...milestone.text, summary: 'm_au_pspf_direction_summary' as const } } : milestone,
    );
    expect(plan({ milestones: reworded, now: new Date(DAY_BEFORE.getTime() + 60_000), log: shown }).due).toEqual([]);
  });

  test('"don\'t remind me about this" silences every reminder of that milestone, and the wake-up for them', () => {
    const muted = plan({ now: new Date(WEEK_BEFORE.getTime() - HOUR), mutedMilestoneIds: ['au-removal-deadline'] });
    expect(muted.nextAt).toBeUndefined();
    expect(plan({ now: DAY_BEFORE, mutedMilestoneIds: ['au-removal-deadline'] }).due).toEqual([]);
  });

  test('the next wake-up is the next reminder, and never now or earlier', () => {
    expect(plan({ now: at('2027-03-01T00:00:00Z') }).nextAt).toEqual(WEEK_BEFORE);
    expect(plan({ now: WEEK_BEFORE }).nextAt).toEqual(DAY_BEFORE);
    expect(plan({ now: DAY_BEFORE }).nextAt).toEqual(DEADLINE);
    expect(plan({ now: DEADLINE }).nextAt).toBeUndefined();
  });

  test('turning reminders on never replays the past day: only reminders from then on', () => {
    const justOn = plan({ now: new Date(DAY_BEFORE.getTime() + HOUR), log: EMPTY_REMINDER_LOG });
    expect(justOn.due).toEqual([]);
    expect(justOn.log.since).toBe(new Date(DAY_BEFORE.getTime() + HOUR).toISOString());
    expect(justOn.nextAt).toEqual(DEADLINE);
  });

  test('off: nothing due, no wake-up, and the start is forgotten (turning on again starts afresh); what was shown is kept', () => {
    const shown = planAndShow({ now: DAY_BEFORE }).log;
    const off = plan({ now: DEADLINE, isEnabled: false, log: shown });
    expect(off).toEqual({ due: [], nextAt: undefined, log: { shown: shown.shown } });
  });

  test('a start written by a clock in the future is replaced by now', () => {
    const result = plan({ now: DAY_BEFORE, log: { since: '2100-01-01T00:00:00.000Z', shown: {} } });
    expect(result.log.since).toBe(DAY_BEFORE.toISOString());
  });

  test('a clock earlier than the data\'s review date is wrong: no reminders for long-past milestones', () => {
    const result = planReminders({ milestones: MILESTONES, region: 'us', zone: LOS_ANGELES, now: at('2024-09-29T04:00:00Z'), log: { since: '2024-01-01T00:00:00Z', shown: {} }, isEnabled: true, mutedMilestoneIds: [] });
    expect(result.due).toEqual([]);
    expect(result.nextAt).toBeUndefined();
  });

  test('the log records the fingerprint of the facts shown', () => {
    const { log } = planAndShow({ now: DAY_BEFORE });
    const moved = MILESTONES_WITH_FUTURE_DEADLINE.find((milestone) => milestone.id === 'au-removal-deadline')!;
    expect(log.shown['au-removal-deadline/day-before']).toBe(getFactFingerprint(moved));
    expect(getFactFingerprint(moved)).not.toBe(getFactFingerprint(findBundledMilestone('au-removal-deadline')));
  });

  test('over random instants, regions and logs: due reminders are at most a day late, never muted, never before the start, and the wake-up is later than now', () => {
    const instants = fc.date({ min: at('2026-11-25T00:00:00Z'), max: at('2028-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, instants, fc.constantFrom(...REGION_IDS), fc.boolean(), (now, since, region, isMuted) => {
        const log: ReminderLog = { since: since.toISOString(), shown: {} };
        const result = planReminders({ milestones: MILESTONES_WITH_FUTURE_DEADLINE, region, zone: LOS_ANGELES, now, log, isEnabled: true, mutedMilestoneIds: isMuted ? ['au-removal-deadline'] : [] });
        for (const reminder of result.due) {
          expect(reminder.at.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(now.getTime() - reminder.at.getTime()).toBeLessThan(24 * HOUR);
          expect(reminder.at.getTime()).toBeGreaterThanOrEqual(Math.min(since.getTime(), now.getTime()));
          expect(isMuted && reminder.milestone.id === 'au-removal-deadline').toBe(false);
        }
        if (result.nextAt) expect(result.nextAt.getTime()).toBeGreaterThan(now.getTime());
        const shownLog = recordShownReminders(result.log, result.due);
        expect(planReminders({ milestones: MILESTONES_WITH_FUTURE_DEADLINE, region, zone: LOS_ANGELES, now, log: shownLog, isEnabled: true, mutedMilestoneIds: isMuted ? ['au-removal-deadline'] : [] }).due).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('acknowledgePastReminders (after an update changed the facts)', () => {
  const AFTER_DAY_BEFORE = new Date(DAY_BEFORE.getTime() + HOUR);
  const shownDayBefore = () => planAndShow({ now: DAY_BEFORE }).log;

  test('a reminder already shown and passed takes the new facts: it does not come again', () => {
    const reviewed = withChangedMilestone('au-removal-deadline', { ...MILESTONES_WITH_FUTURE_DEADLINE.find((milestone) => milestone.id === 'au-removal-deadline')!, confidence: 'primary' });
    const log = acknowledgePastReminders(shownDayBefore(), reviewed, 'au', ['au-removal-deadline'], AFTER_DAY_BEFORE, SYDNEY);
    expect(plan({ milestones: reviewed, now: AFTER_DAY_BEFORE, log }).due).toEqual([]);
  });

  test('a milestone just added whose reminder instant passed an hour ago does not remind beside the update', () => {
    const log = acknowledgePastReminders(ON_SINCE_FEBRUARY, MILESTONES_WITH_FUTURE_DEADLINE, 'au', ['au-removal-deadline'], AFTER_DAY_BEFORE, SYDNEY);
    expect(plan({ now: AFTER_DAY_BEFORE, log }).due).toEqual([]);
    expect(plan({ now: DEADLINE, log }).due.map((reminder) => reminder.key)).toEqual(['au-removal-deadline/at']);
  });

  test('reminders still ahead, and milestones that did not change, are left to fall due', () => {
    const log = shownDayBefore();
    expect(acknowledgePastReminders(log, MILESTONES_WITH_FUTURE_DEADLINE, 'au', ['de-bsi-warning'], AFTER_DAY_BEFORE, SYDNEY)).toBe(log);
    const corrected = withChangedMilestone('au-removal-deadline', { when: '2027-04-02T00:00:00+11:00', announced: '2027-02-21T00:00:00+11:00' });
    const acknowledged = acknowledgePastReminders(log, corrected, 'au', ['au-removal-deadline'], AFTER_DAY_BEFORE, SYDNEY);
    expect(dueKeys(plan({ milestones: corrected, now: new Date(DAY_BEFORE.getTime() + 24 * HOUR), log: acknowledged }))).toEqual(['au-removal-deadline/day-before']);
  });
});

describe('recordShownReminders', () => {
  test('records each reminder with the fingerprint of the facts it showed; nothing shown, nothing changes', () => {
    const { due, log } = plan({ now: DAY_BEFORE });
    expect(recordShownReminders(log, [])).toBe(log);
    expect(recordShownReminders(log, due).shown).toEqual({ 'au-removal-deadline/day-before': getFactFingerprint(due[0]!.milestone) });
  });
});

describe('parseReminderLog', () => {
  test.each([
    ['nothing', undefined, EMPTY_REMINDER_LOG],
    ['a string', 'shown', EMPTY_REMINDER_LOG],
    ['an array', [], EMPTY_REMINDER_LOG],
    ['a start that is no instant', { since: 'yesterday', shown: { 'a/at': 'x' } }, { shown: { 'a/at': 'x' } }],
    ['shown entries of the wrong type', { since: '2027-01-01T00:00:00Z', shown: { 'a/at': 7, 'b/at': 'ok' } }, { since: '2027-01-01T00:00:00Z', shown: { 'b/at': 'ok' } }],
    ['shown that is not a record', { shown: ['a/at'] }, EMPTY_REMINDER_LOG],
  ])('%s is read as far as it makes sense', (_label, stored, expected) => {
    expect(parseReminderLog(stored)).toEqual(expected);
  });
});
