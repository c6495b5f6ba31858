import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BADGE_LOOKS, getBadgeReason, getContrastRatio, getReadableTextColor, toBadge } from '../../src/core/badge';
import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { EMPTY_CHECKLIST_STATE, getStepFingerprint, type ChecklistState } from '../../src/core/checklists';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { describeMilestoneRelativeTime, getRelativeTime } from '../../src/core/relative-time';
import { createZonedCalendar } from '../../src/core/zoned-calendar';
import type { Language } from '../../src/core/language';
import { withChangedMilestone } from '../support/milestone-fixtures';
import { zonedInstantArbitrary } from '../support/time-zones';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';
import { LOS_ANGELES_ENVIRONMENT, viewAt, withEveryStepDone } from '../support/views';

const RED = BADGE_LOOKS['critical-steps'].backgroundColor;
const AMBER = BADGE_LOOKS['warning-steps'].backgroundColor;
const BLUE = BADGE_LOOKS.news.backgroundColor;
const NEW_MARKER = BADGE_LOOKS.news.text;

/** A reader who has seen everything the region shows at that instant. */
const seenAt = (region: (typeof REGION_IDS)[number], instant: string) => ({ [region]: viewAt(region, instant).shownFacts });

describe('toBadge: what needs the reader, in order', () => {
  test.each([
    // A countdown to an announced deadline at most 99 days away comes first, in calendar days in
    // Los Angeles (the view's zone here): June 19 to July 20, September 1 to September 28,
    // February 28 to April 1 (Sydney's date: a day has no time to move).
    ['us', '2024-06-20T04:00:00Z', '31d', AMBER],
    ['us', '2024-09-01T12:00:00Z', '27d', AMBER],
    ['us', '2024-09-28T20:00:00Z', '8h', AMBER],
    ['au', '2025-03-01T00:00:00Z', '32d', AMBER],
    // Then open steps: red for critical, amber for warning.
    ['us', '2024-09-29T04:00:00Z', '!', RED],
    ['us-abroad', '2026-12-01T18:00:00Z', '!', RED],
    ['de', '2022-03-15T12:00:00Z', '!', AMBER],
    // Then something new since the popup was opened (first install included): government-only
    // measures. After the data's review date (2026-12-03): before it the clock cannot be right.
    ['uk', '2026-12-10T00:00:00Z', NEW_MARKER, BLUE],
    ['ca', '2026-12-10T18:00:00Z', NEW_MARKER, BLUE],
    ['au', '2027-01-01T00:00:00Z', NEW_MARKER, BLUE],
    ['lt', '2026-12-10T18:00:00Z', NEW_MARKER, BLUE],
    // No restriction: no text, ever.
    ['id', '2026-12-01T18:00:00Z', '', undefined],
    ['other', '2026-12-01T18:00:00Z', '', undefined],
    ['us', '2017-09-12T12:00:00Z', '', undefined],
  ] as const)('%s at %s with nothing done or seen shows "%s"', (region, instant, text, color) => {
    const badge = toBadge(viewAt(region, instant));
    expect(badge.text).toBe(text);
    if (color) expect(badge.backgroundColor).toBe(color);
  });

  test('every step done (or set aside) and everything seen: no text, also for the US after the cut-off', () => {
    const instant = '2026-12-01T18:00:00Z';
    const open = viewAt('us', instant);
    const done = viewAt('us', instant, { checklistState: withEveryStepDone(open), seenFacts: seenAt('us', instant) });
    expect(toBadge(done).text).toBe('');
    const setAside: ChecklistState = { ...EMPTY_CHECKLIST_STATE, setAsideGroups: open.checklist.groups.map(({ group }) => group.id) };
    expect(toBadge(viewAt('us', instant, { checklistState: setAside, seenFacts: seenAt('us', instant) })).text).toBe('');
  });

  test('done, but not yet seen: the calm "new" marker, not the alarm', () => {
    const instant = '2026-12-10T18:00:00Z';
    const done = viewAt('us', instant, { checklistState: withEveryStepDone(viewAt('us', instant)) });
    expect(toBadge(done)).toMatchObject({ text: NEW_MARKER, backgroundColor: BLUE });
  });

  test('one group left open keeps the alarm', () => {
    const instant = '2026-12-01T18:00:00Z';
    const open = viewAt('us', instant);
    const allButMac = { ...withEveryStepDone(open), doneSteps: Object.fromEntries(Object.entries(withEveryStepDone(open).doneSteps).filter(([id]) => !id.startsWith('mac-'))) };
    expect(toBadge(viewAt('us', instant, { checklistState: allButMac, seenFacts: seenAt('us', instant) })).text).toBe('!');
  });

  test('a step ticked under other facts opens again', () => {
    const instant = '2026-12-01T18:00:00Z';
    const open = viewAt('us', instant);
    const stale = { ...withEveryStepDone(open), doneSteps: { ...withEveryStepDone(open).doneSteps, 'ultraav-keep-or-remove': '00000000' } };
    const view = viewAt('us', instant, { checklistState: stale, seenFacts: seenAt('us', instant) });
    expect(view.checklist.groups.find(({ group }) => group.id === 'ultraav')?.isOpen).toBe(true);
    expect(toBadge(view).text).toBe('!');
  });

  test('the countdown wins even when every step is done', () => {
    const instant = '2024-09-28T20:00:00Z';
    expect(toBadge(viewAt('us', instant, { checklistState: withEveryStepDone(viewAt('us', instant)) })).text).toBe('8h');
  });

  test('with the badge turned off there is never text', () => {
    expect(toBadge(viewAt('us', '2026-12-01T18:00:00Z', { settings: { isBadgeShown: false } })).text).toBe('');
  });

  test('a clock before the data was reviewed never shows "new" for the past', () => {
    expect(toBadge(viewAt('ca', '2024-01-01T00:00:00Z')).text).toBe('');
    expect(getBadgeReason(viewAt('uk', '2020-01-01T00:00:00Z'))).toBe('calm');
    expect(getBadgeReason(viewAt('uk', '2026-12-10T00:00:00Z'))).toBe('news');
  });

  test('seen once, calm after; a later change of the facts brings the marker back once', () => {
    const instant = '2026-12-10T18:00:00Z';
    const seen = seenAt('ca', instant);
    expect(toBadge(viewAt('ca', instant, { seenFacts: seen })).text).toBe('');
    const corrected = MILESTONES.map((milestone) => (milestone.id === 'ca-government-devices' ? { ...milestone, sources: [milestone.sources[0], ...milestone.sources] as const } : milestone));
    expect(toBadge(viewAt('ca', instant, { seenFacts: seen, milestones: corrected })).text).toBe(NEW_MARKER);
  });
});

describe('toBadge, for any region, instant, marks and what was seen', () => {
  const anyInstant = fc.date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2032-01-01T00:00:00Z'), noInvalidDate: true });
  const allStepIds = CHECKLIST_GROUPS.flatMap((group) => group.steps.map((step) => step.id));
  const anyMarks = fc.record({
    doneStepIds: fc.subarray(allStepIds),
    setAsideGroups: fc.subarray(CHECKLIST_GROUPS.map((group) => group.id)),
  });

  test('text of at most 4 characters; red or amber only with an open step or a countdown; nothing when all is done and seen', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGION_IDS), anyInstant, anyMarks, fc.boolean(), (region, now, marks, hasSeen) => {
        const steps = CHECKLIST_GROUPS.flatMap((group) => group.steps);
        const doneSteps = Object.fromEntries(marks.doneStepIds.map((id) => [id, getStepFingerprint(steps.find((step) => step.id === id)!, MILESTONES)]));
        const checklistState = { doneSteps, setAsideGroups: marks.setAsideGroups };
        const seenFacts = hasSeen ? { [region]: viewAt(region, now).shownFacts } : {};
        const view = viewAt(region, now, { checklistState, seenFacts });
        const badge = toBadge(view);
        expect(badge.text.length).toBeLessThanOrEqual(4);
        if (badge.backgroundColor === RED || (badge.backgroundColor === AMBER && badge.text !== '')) {
          expect(view.status.countdown !== undefined || view.checklist.openGroupCount > 0).toBe(true);
        }
        if (view.checklist.openGroupCount === 0 && !view.hasNews && !view.status.countdown) expect(badge.text).toBe('');
        if (hasSeen && view.checklist.openGroupCount === 0 && !view.status.countdown) expect(badge.text).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  test('every badge text is readable on its background (WCAG contrast of at least 4.5:1)', () => {
    for (const [reason, { backgroundColor }] of Object.entries(BADGE_LOOKS)) {
      if (reason === 'calm') continue;
      expect(getContrastRatio(backgroundColor, getReadableTextColor(backgroundColor)), reason).toBeGreaterThanOrEqual(4.5);
    }
  });
});

const TRANSLATORS = { en: translateEnglish, es: translateSpanish, id: translateIndonesian } as const;
const NEW_YORK = createZonedCalendar('America/New_York');
const DAY = 86_400_000;

/** The tester's cases: badge and popup side by side. */
describe('the badge counts exactly what the popup says', () => {
  const popupWords = (region: 'us' | 'us-abroad', instant: string, timeZone: string, id: string) => {
    const view = viewAt(region, instant, { environment: { ...LOS_ANGELES_ENVIRONMENT, timeZone } });
    const milestone = view.milestones.find((candidate) => candidate.id === id)!;
    return { badge: toBadge(view).text, words: describeMilestoneRelativeTime(milestone, view.now, translateEnglish, view.display) };
  };

  test.each([
    ['us', '2024-09-20T12:00:00Z', 'America/Los_Angeles', 'us-updates-end', '8d', 'in 8 days'],
    ['us', '2024-09-28T03:59:00Z', 'Pacific/Honolulu', 'us-updates-end', '1d', 'tomorrow'],
    ['us', '2024-09-28T04:01:00Z', 'Pacific/Honolulu', 'us-updates-end', '24h', 'in 24 hours'],
    // A date without a time of day: days, never hours.
    ['us', '2024-07-19T16:00:00Z', 'America/Puerto_Rico', 'us-new-sales-end', '1d', 'tomorrow'],
    // It is July 20 in Tokyo: no count left, so the open steps show.
    ['us-abroad', '2024-07-19T16:00:00Z', 'Asia/Tokyo', 'us-new-sales-end', '!', 'today'],
  ] as const)('%s at %s in %s: %s reads %s on the badge, "%s" in the popup', (region, instant, timeZone, id, badge, words) => {
    expect(popupWords(region, instant, timeZone, id)).toEqual({ badge, words });
  });
});

describe('the badge and the popup agree, for any instant, zone, language and deadline', () => {
  /** The data with one deadline moved close to `now`, announced long before. */
  const deadlineNear = fc
    .tuple(zonedInstantArbitrary, fc.integer({ min: -2 * DAY, max: 110 * DAY }), fc.constantFrom('us-updates-end', 'us-new-sales-end'), fc.constantFrom<Language>('en', 'es', 'id'))
    .map(([[timeZone, now], offset, id, language]) => {
      const instant = new Date(now.getTime() + offset);
      // The sales stop is a date: 00:00 in New York, as the data stores it.
      const when = id === 'us-updates-end' ? instant : NEW_YORK.getStartOf(NEW_YORK.getDate(instant));
      return { timeZone, now, language, milestones: withChangedMilestone(id, { when: when.toISOString(), announced: '2020-01-01T00:00:00Z' }) };
    });

  test('the badge\'s count is the popup\'s count for the same deadline, and both change at the same instant', () => {
    fc.assert(
      fc.property(deadlineNear, ({ timeZone, now, language, milestones }) => {
        const viewAtInstant = (instant: Date) => viewAt('us', instant, { environment: { ...LOS_ANGELES_ENVIRONMENT, timeZone }, milestones, settings: { language } });
        const view = viewAtInstant(now);
        const { nextDeadline, countdown } = view.status;
        if (!nextDeadline) return;
        const relative = getRelativeTime(nextDeadline, now, view.display);
        const words = describeMilestoneRelativeTime(nextDeadline, now, TRANSLATORS[language], view.display);
        const isCounted = relative.value > 0 && (relative.unit === 'hour' || relative.unit === 'day');
        expect(countdown !== undefined).toBe(isCounted);
        if (!countdown) return;
        // The same count in the badge ("8d") and in the popup's words ("in 8 days", "dentro de 8 días", "dalam 8 hari").
        expect(toBadge(view).text).toBe(`${countdown.value}${countdown.unit === 'day' ? 'd' : 'h'}`);
        expect(words).toBe(new Intl.RelativeTimeFormat(view.display.locale, { numeric: 'auto' }).format(countdown.value, countdown.unit));
        // The background wakes no later than the count changes, and nothing on the badge changes before.
        const wakeUp = view.nextChangeAt!;
        expect(wakeUp.getTime()).toBeLessThanOrEqual(countdown.changesAt.getTime());
        expect(toBadge(viewAtInstant(new Date(wakeUp.getTime() - 1))).text).toBe(toBadge(view).text);
        // When it wakes for the count, badge and words change together.
        const after = viewAtInstant(countdown.changesAt);
        if (wakeUp.getTime() === countdown.changesAt.getTime() && after.status.nextDeadline?.id === nextDeadline.id) {
          expect(toBadge(after).text).not.toBe(toBadge(view).text);
          expect(describeMilestoneRelativeTime(nextDeadline, after.now, TRANSLATORS[language], after.display)).not.toBe(words);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('getReadableTextColor', () => {
  test('picks black on light and white on dark backgrounds', () => {
    expect(getReadableTextColor('#FFFFFF')).toBe('#000000');
    expect(getReadableTextColor('#000000')).toBe('#FFFFFF');
    expect(getReadableTextColor('#E37400')).toBe('#000000');
    expect(getReadableTextColor('#C5221F')).toBe('#FFFFFF');
  });

  test('contrast ratio matches the WCAG examples', () => {
    expect(getContrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(getContrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});
