import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMilestone, type Milestone, type Precision } from '../../src/core/milestone';
import { COUNTDOWN_DAYS, describeMilestoneRelativeTime, formatRelativeTime, getRelativeTime, type RelativeTime } from '../../src/core/relative-time';
import { MILESTONES } from '../../src/core/milestones';
import { createZonedCalendar } from '../../src/core/zoned-calendar';
import { findBundledMilestone } from '../support/milestone-fixtures';
import { getDayNumberIn, hasOneOffsetBetween, OFFSET_CHANGES, TEST_TIME_ZONES, zonedInstantArbitrary } from '../support/time-zones';
import { translateEnglish, translateIndonesian, translateSpanish } from '../support/translators';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string): Date => new Date(iso);

const inEnglish = (milestone: Milestone, now: Date, timeZone: string): string => describeMilestoneRelativeTime(milestone, now, translateEnglish, { locale: 'en-US', timeZone });

describe("the tester's cases (Chromium, commit 574d9bf)", () => {
  const updatesEnd = findBundledMilestone('us-updates-end');
  const salesEnd = findBundledMilestone('us-new-sales-end');

  test('Los Angeles, 2024-09-20T12:00Z: the cut-off (September 28, 9:00 PM PDT) is in 8 days, not 9', () => {
    expect(getRelativeTime(updatesEnd, at('2024-09-20T12:00:00Z'), { timeZone: 'America/Los_Angeles' })).toMatchObject({ value: 8, unit: 'day' });
    expect(inEnglish(updatesEnd, at('2024-09-20T12:00:00Z'), 'America/Los_Angeles')).toBe('in 8 days');
  });

  test('Honolulu, 2024-09-28T03:59Z: tomorrow; two minutes later, 24 hours: no day vanishes', () => {
    expect(inEnglish(updatesEnd, at('2024-09-28T03:59:00Z'), 'Pacific/Honolulu')).toBe('tomorrow');
    expect(inEnglish(updatesEnd, at('2024-09-28T04:01:00Z'), 'Pacific/Honolulu')).toBe('in 24 hours');
    // The step between them is exactly when 24 hours remain.
    expect(getRelativeTime(updatesEnd, at('2024-09-28T03:59:00Z'), { timeZone: 'Pacific/Honolulu' }).changesAt).toEqual(at('2024-09-28T04:00:00Z'));
  });

  test('Honolulu, 2024-07-20T05:00Z (July 19, 7:00 PM HST): the July 20 sales stop has passed (it is July 20 in Eastern time), so it is today, never tomorrow', () => {
    // Before it passes (00:00 Eastern, 6:00 PM in Honolulu) it is tomorrow for this reader.
    expect(inEnglish(salesEnd, at('2024-07-20T03:59:59Z'), 'Pacific/Honolulu')).toBe('tomorrow');
    expect(getRelativeTime(salesEnd, at('2024-07-20T03:00:00Z'), { timeZone: 'Pacific/Honolulu' }).changesAt).toEqual(at('2024-07-20T04:00:00Z'));
    expect(inEnglish(salesEnd, at('2024-07-20T05:00:00Z'), 'Pacific/Honolulu')).toBe('today');
    // "today" until the reader's July 21 begins.
    expect(getRelativeTime(salesEnd, at('2024-07-20T05:00:00Z'), { timeZone: 'Pacific/Honolulu' }).changesAt).toEqual(at('2024-07-21T10:00:00Z'));
  });

  test('Perth, the evening before a Sydney deadline known only by its day: passed there, so today, not tomorrow', () => {
    const deadline = MILESTONES.find((milestone) => milestone.precision === 'day' && milestone.zone === 'Australia/Sydney' && milestone.isDeadline);
    if (!deadline) throw new Error('No day-precision Sydney deadline in the data');
    const passedInSydney = new Date(deadline.whenTime + HOUR);
    expect(inEnglish(deadline, passedInSydney, 'Australia/Perth')).toBe('today');
  });

  test('Tokyo: "today" only once it is July 20 in Tokyo; the evening before it is tomorrow', () => {
    // 2024-07-19T16:00Z is 1:00 AM on July 20 in Tokyo: the reader's calendar says today.
    expect(inEnglish(salesEnd, at('2024-07-19T16:00:00Z'), 'Asia/Tokyo')).toBe('today');
    // Three hours before Tokyo's midnight.
    expect(inEnglish(salesEnd, at('2024-07-19T12:00:00Z'), 'Asia/Tokyo')).toBe('tomorrow');
  });

  test('a date without a time of day never counts hours: in Puerto Rico 16 hours before 00:00 Eastern it is tomorrow', () => {
    expect(getRelativeTime(salesEnd, at('2024-07-19T16:00:00Z'), { timeZone: 'America/Puerto_Rico' })).toMatchObject({ value: 1, unit: 'day' });
  });

  test('the free farewell licences, dated only to July 2024, are "this month" in July, never "3 days ago"', () => {
    const freeOffer = findBundledMilestone('us-free-offer');
    expect(inEnglish(freeOffer, at('2024-07-19T12:00:00Z'), 'America/Los_Angeles')).toBe('this month');
    expect(inEnglish(freeOffer, at('2024-08-02T12:00:00Z'), 'America/Los_Angeles')).toBe('last month');
    expect(inEnglish(freeOffer, at('2025-08-02T12:00:00Z'), 'America/Los_Angeles')).toBe('last year');
  });

  test('Google Play, "late September 2024", is "last month" in October, never "1 day ago"', () => {
    const googlePlay = findBundledMilestone('us-google-play-removal');
    expect(inEnglish(googlePlay, at('2024-10-08T12:00:00Z'), 'America/Los_Angeles')).toBe('last month');
    expect(getRelativeTime(googlePlay, at('2024-10-08T12:00:00Z'), { timeZone: 'America/Los_Angeles' }).changesAt).toEqual(at('2024-11-01T07:00:00Z'));
  });
});

describe('formatRelativeTime: Intl\'s calendar words in each language', () => {
  test.each([
    [{ value: 0, unit: 'day' }, 'today', 'hoy', 'hari ini'],
    [{ value: 1, unit: 'day' }, 'tomorrow', 'mañana', 'besok'],
    [{ value: -1, unit: 'day' }, 'yesterday', 'ayer', 'kemarin'],
    [{ value: 8, unit: 'day' }, 'in 8 days', 'dentro de 8 días', 'dalam 8 hari'],
    [{ value: 24, unit: 'hour' }, 'in 24 hours', 'dentro de 24 horas', 'dalam 24 jam'],
    [{ value: -1, unit: 'month' }, 'last month', 'el mes pasado', 'bulan lalu'],
    [{ value: 0, unit: 'minute' }, 'now', 'ahora', 'sekarang'],
  ] as const)('%o reads "%s", "%s", "%s"', (relative, english, spanish, indonesian) => {
    expect(formatRelativeTime(relative, translateEnglish, { locale: 'en-US' })).toBe(english);
    expect(formatRelativeTime(relative, translateSpanish, { locale: 'es' })).toBe(spanish);
    expect(formatRelativeTime(relative, translateIndonesian, { locale: 'id' })).toBe(indonesian);
  });
});

/** Authority zones the data dates things in. */
const AUTHORITY_ZONES = ['America/New_York', 'America/Los_Angeles', 'Australia/Sydney', 'Europe/Berlin', 'Europe/Vilnius'] as const;

/**
 * A milestone at `offset` from `now`: an instant to the millisecond, a day (00:00 in its
 * authority's zone, as the data stores days), a day known only roughly, or a month.
 */
function makeMilestone(now: Date, offset: number, precision: Precision, zone: string, isApproximate: boolean): Milestone {
  const instant = new Date(now.getTime() + offset);
  const authority = createZonedCalendar(zone);
  const when = precision === 'instant' ? instant : authority.getStartOf(authority.getDate(instant));
  return parseMilestone({
    ...findBundledMilestone('us-new-sales-end'),
    when: when.toISOString(),
    precision,
    zone,
    ...(precision === 'day' && isApproximate ? { isApproximate } : {}),
  });
}

/** A distance from now that is often close: minutes, hours, days, the countdown's months, years. */
const offsetArbitrary = fc.oneof(
  fc.integer({ min: -2 * HOUR, max: 2 * HOUR }),
  fc.integer({ min: -3 * DAY, max: 3 * DAY }),
  fc.integer({ min: -40 * DAY, max: 120 * DAY }),
  fc.integer({ min: -4 * 365 * DAY, max: 4 * 365 * DAY }),
);

/** An instant within 26 hours of a clock change, and an instant within 26 hours of it: where 23- and 25-hour days meet the hour counts. */
const aroundClockChangeArbitrary = fc
  .tuple(
    fc.constantFrom(...TEST_TIME_ZONES.filter((timeZone) => (OFFSET_CHANGES[timeZone] ?? []).length > 0)).chain((timeZone) => fc.tuple(fc.constant(timeZone), fc.constantFrom(...OFFSET_CHANGES[timeZone]!))),
    fc.integer({ min: -26 * HOUR, max: 26 * HOUR }),
    fc.integer({ min: -26 * HOUR, max: 26 * HOUR }),
  )
  .map(([[timeZone, change], nowOffset, offset]) => {
    const now = new Date(change + nowOffset);
    return { timeZone, now, milestone: makeMilestone(now, offset, 'instant', 'America/New_York', false) };
  });

const milestoneCaseArbitrary = fc
  .tuple(zonedInstantArbitrary, offsetArbitrary, fc.constantFrom<Precision>('instant', 'day', 'month'), fc.constantFrom(...AUTHORITY_ZONES), fc.boolean())
  .map(([[timeZone, now], offset, precision, zone, isApproximate]) => ({ timeZone, now, milestone: makeMilestone(now, offset, precision, zone, isApproximate) }));

describe('on a 25-hour day (Los Angeles leaves daylight time on 2024-11-03)', () => {
  const LOS_ANGELES = { timeZone: 'America/Los_Angeles' };
  const instantAt = (when: string) => makeMilestone(at(when), 0, 'instant', 'America/Los_Angeles', false);

  test('an instant late that day, seen in its first hour, is 25 hours away, not "today"', () => {
    // 00:30 PDT; the instant is 23:45 PST the same day, 24 h 15 min later.
    expect(getRelativeTime(instantAt('2024-11-04T07:45:00Z'), at('2024-11-03T07:30:00Z'), LOS_ANGELES)).toMatchObject({ value: 25, unit: 'hour', changesAt: at('2024-11-03T07:45:00Z') });
  });

  test('an instant early that day, seen late that day, is 24 hours ago until midnight, then yesterday', () => {
    // 00:10 PDT; now 23:20 PST, 24 h 10 min later, still November 3.
    expect(getRelativeTime(instantAt('2024-11-03T07:10:00Z'), at('2024-11-04T07:20:00Z'), LOS_ANGELES)).toMatchObject({ value: -24, unit: 'hour', changesAt: at('2024-11-04T08:00:00Z') });
    expect(inEnglish(instantAt('2024-11-03T07:10:00Z'), at('2024-11-04T08:00:00Z'), 'America/Los_Angeles')).toBe('yesterday');
  });
});

describe('getRelativeTime over instants 2024–2031, zones and precisions', () => {
  test('the words hold from now until just before `changesAt`, and differ at it', () => {
    fc.assert(
      fc.property(fc.oneof(milestoneCaseArbitrary, aroundClockChangeArbitrary), fc.double({ min: 0, max: 1, noNaN: true }), ({ timeZone, now, milestone }, fraction) => {
        const say = (instant: Date | number) => inEnglish(milestone, new Date(instant), timeZone);
        const { changesAt } = getRelativeTime(milestone, now, { timeZone });
        const span = changesAt.getTime() - now.getTime();
        expect(span).toBeGreaterThan(0);
        expect(say(now.getTime() + Math.floor((span - 1) * fraction))).toBe(say(now));
        expect(say(changesAt.getTime() - 1)).toBe(say(now));
        expect(say(changesAt)).not.toBe(say(now));
      }),
      { numRuns: 3000 },
    );
  });

  test('days are calendar days between the reader\'s today and the date shown; only a stated time of day counts hours; a month counts no days', () => {
    fc.assert(
      fc.property(fc.oneof(milestoneCaseArbitrary, aroundClockChangeArbitrary), ({ timeZone, now, milestone }) => {
        const { value, unit } = getRelativeTime(milestone, now, { timeZone });
        const isMonthOnly = milestone.precision === 'month' || milestone.isApproximate === true;
        if (isMonthOnly) expect(['month', 'year']).toContain(unit);
        if (milestone.precision !== 'instant') expect(['day', 'month', 'year']).toContain(unit);
        if (unit === 'day') {
          // The date shown: the instant's in the reader's zone, or the authority's day.
          const shownZone = milestone.precision === 'instant' ? timeZone : milestone.zone;
          const days = getDayNumberIn(shownZone, milestone.whenTime) - getDayNumberIn(timeZone, now.getTime());
          // A day that has passed in its authority's zone is never ahead, nor one still ahead behind: "today" instead.
          const hasPassed = milestone.whenTime <= now.getTime();
          expect(value).toBe((hasPassed && days > 0) || (!hasPassed && days < 0) ? 0 : days);
          expect(value).toBeLessThanOrEqual(COUNTDOWN_DAYS);
        }
        if (unit === 'hour') {
          const remaining = milestone.whenTime - now.getTime();
          expect(Math.abs(remaining)).toBeLessThanOrEqual(25 * HOUR);
          expect(value).toBe(remaining > 0 ? Math.ceil(remaining / HOUR) : -Math.floor(-remaining / HOUR));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('counting down, no value is skipped: days drop one by one, "tomorrow" becomes 24 hours, hours drop one by one', () => {
    const countdownArbitrary = fc
      .tuple(zonedInstantArbitrary, fc.integer({ min: 1, max: 5 * DAY }), fc.constantFrom<Precision>('instant', 'day'), fc.constantFrom(...AUTHORITY_ZONES))
      .map(([[timeZone, now], offset, precision, zone]) => ({ timeZone, now, milestone: makeMilestone(now, offset, precision, zone, false) }));
    fc.assert(
      fc.property(countdownArbitrary, ({ timeZone, now, milestone }) => {
        // A day is stored at its 00:00, which may already have passed.
        fc.pre(milestone.whenTime > now.getTime());
        const steps: (RelativeTime & { readonly at: Date })[] = [];
        for (let instant = now; instant.getTime() < milestone.whenTime && steps.length < 200; ) {
          const relative = getRelativeTime(milestone, instant, { timeZone });
          steps.push({ ...relative, at: instant });
          instant = relative.changesAt;
        }
        const counts = steps.filter((step) => step.value > 0);
        for (const [before, after] of counts.slice(1).map((step, index) => [counts[index]!, step] as const)) {
          if (before.unit === after.unit) {
            expect(after.value).toBe(before.value - 1);
            continue;
          }
          expect([before.unit, after.unit]).toEqual(['day', 'hour']);
          // A clock change within the last two days can make "tomorrow" 23 or 25 hours long, and
          // a 23-hour tomorrow can skip it ("in 2 days", then 23 hours: both true).
          if (hasOneOffsetBetween(timeZone, before.at.getTime(), milestone.whenTime)) expect([before.value, after.value]).toEqual([1, 24]);
          else {
            expect(before.value).toBeLessThanOrEqual(2);
            expect(after.value).toBeGreaterThanOrEqual(23);
            expect(after.value).toBeLessThanOrEqual(25);
          }
        }
        // An instant counts down to its last hour; a day ends its count at "today" east of the
        // authority's zone, or at "tomorrow" west of it, where 00:00 there is still the day before.
        const last = steps.at(-1);
        if (milestone.precision === 'instant') expect(last).toMatchObject({ value: 1, unit: 'hour' });
        else expect([[0, 'day'], [1, 'day']]).toContainEqual([last?.value, last?.unit]);
      }),
      { numRuns: 300 },
    );
  });
});
