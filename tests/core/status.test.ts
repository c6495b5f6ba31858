import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getKnownPassedTime, parseMilestone, LEVELS } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { isUsRuleRegion, REGION_IDS, type RegionId } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';

const LOS_ANGELES = { timeZone: 'America/Los_Angeles' };
const TOKYO = { timeZone: 'Asia/Tokyo' };
const SYDNEY = { timeZone: 'Australia/Sydney' };

const at = (iso: string): Date => new Date(iso);
const SECOND = 1000;

/** Written from the fact base by hand, not from the code: the instant each level begins, in UTC. */
const LEVEL_STARTS: Record<RegionId, readonly (readonly [string, (typeof LEVELS)[number]])[]> = {
  us: [['2017-09-13T04:00:00Z', 'info'], ['2024-06-20T04:00:00Z', 'warning'], ['2024-09-29T04:00:00Z', 'critical']],
  'us-abroad': [['2017-09-13T04:00:00Z', 'info'], ['2024-06-20T04:00:00Z', 'warning'], ['2024-09-29T04:00:00Z', 'critical']],
  de: [['2022-03-14T23:00:00Z', 'warning']],
  uk: [['2017-12-01T00:00:00Z', 'info']],
  // Decided at the cabinet meeting of 2017-12-20, announced on 2017-12-21 (Vilnius): from then on.
  lt: [['2017-12-20T22:00:00Z', 'info']],
  nl: [['2018-05-13T22:00:00Z', 'info']],
  it: [['2022-03-14T23:00:00Z', 'info']],
  ca: [['2023-10-30T04:00:00Z', 'info']],
  au: [['2025-02-20T13:00:00Z', 'info']],
  id: [],
  other: [],
};

const DAY = 24 * 60 * 60 * SECOND;

describe('getStatus level', () => {
  const cases = Object.entries(LEVEL_STARTS).flatMap(([region, starts]) =>
    starts.flatMap(([start, level], index) => {
      const before = index === 0 ? 'none' : starts[index - 1]![1];
      const startTime = at(start).getTime();
      return [
        { region, label: 'a day before', instant: new Date(startTime - DAY), level: before },
        { region, label: '1 s before', instant: new Date(startTime - SECOND), level: before },
        { region, label: 'at the instant', instant: new Date(startTime), level },
        { region, label: 'a day after', instant: new Date(startTime + DAY), level },
      ];
    }),
  );

  test.each(cases)('$region is $level $label $instant', ({ region, instant, level }) => {
    expect(getStatus(MILESTONES, region as RegionId, instant, LOS_ANGELES).level).toBe(level);
  });

  test.each(['id', 'other'] as const)('%s has no restriction at any time', (region) => {
    for (const instant of ['2017-01-01T00:00:00Z', '2024-09-29T04:00:00Z', '2026-11-24T00:00:00Z']) {
      expect(getStatus(MILESTONES, region, at(instant), LOS_ANGELES).level).toBe('none');
    }
  });
});

describe('getStatus around every milestone, in every region it applies to', () => {
  // A milestone counts from its instant, or from its report where that came later.
  const cases = MILESTONES.flatMap((milestone) =>
    milestone.regions.map((region) => ({ id: milestone.id, region, when: milestone.whenTime, knownAt: getKnownPassedTime(milestone) })),
  );

  test.each(cases)('$id in $region: a day before it is known to have passed it is not, at that instant and a day after it is', ({ id, region, when, knownAt }) => {
    const dayBefore = getStatus(MILESTONES, region, new Date(knownAt - DAY), LOS_ANGELES);
    expect(dayBefore.lastPassed?.id).not.toBe(id);
    const at = getStatus(MILESTONES, region, new Date(knownAt), LOS_ANGELES);
    const dayAfter = getStatus(MILESTONES, region, new Date(knownAt + DAY), LOS_ANGELES);
    for (const status of [at, dayAfter]) {
      // Passed: it is the latest passed milestone, or one that happened at the same instant or later is.
      const latest = status.lastPassed ? status.lastPassed.whenTime : Number.NEGATIVE_INFINITY;
      expect(latest).toBeGreaterThanOrEqual(when);
      expect(status.next?.id).not.toBe(id);
    }
  });
});

describe('getStatus before an event was reported', () => {
  // Google Play dropped the apps about 2024-09-27 (Los Angeles); the press reported it on 2024-10-07.
  const REPORTED = at('2024-10-07T07:00:00Z');

  // Under the US rules the cut-off (2024-09-29) stays the latest event: the apps went two days before it.
  test.each(REGION_IDS.filter((region) => !isUsRuleRegion(region)))(
    '%s: Google Play\'s removal is not the latest event until it was reported, and the status changes then',
    (region) => {
      const before = getStatus(MILESTONES, region, at('2024-09-28T12:00:00-10:00'), LOS_ANGELES);
      expect(before.lastPassed?.id).not.toBe('us-google-play-removal');
      expect(before.changesAt?.getTime()).toBeLessThanOrEqual(REPORTED.getTime());
      expect(getStatus(MILESTONES, region, new Date(REPORTED.getTime() - 1), LOS_ANGELES).lastPassed?.id).not.toBe('us-google-play-removal');
      expect(getStatus(MILESTONES, region, REPORTED, LOS_ANGELES).lastPassed?.id).toBe('us-google-play-removal');
    },
  );

  test('"Other" has nothing before the report, so its next change is the report itself, not the day the apps went', () => {
    expect(getStatus(MILESTONES, 'other', at('2024-09-01T00:00:00Z'), LOS_ANGELES).changesAt).toEqual(REPORTED);
  });
});

describe('getStatus around the US update cut-off (2024-09-29T04:00:00Z)', () => {
  test('one second before, updates have not ended and the cut-off is next', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-09-29T03:59:59Z'), LOS_ANGELES);
    expect(status.level).toBe('warning');
    expect(status.next?.id).toBe('us-updates-end');
    expect(status.countdown).toMatchObject({ unit: 'hour', value: 1 });
  });

  test('at the instant itself, updates have ended', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-09-29T04:00:00Z'), LOS_ANGELES);
    expect(status.level).toBe('critical');
    expect(status.state?.id).toBe('us-updates-end');
    expect(status.lastPassed?.id).toBe('us-updates-end');
    expect(status.countdown).toBeUndefined();
  });

  test('one second after, the next change is the Google Play report, not another deadline', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-09-29T04:00:01Z'), LOS_ANGELES);
    expect(status.level).toBe('critical');
    expect(status.nextDeadline).toBeUndefined();
    expect(status.changesAt).toEqual(at('2024-10-07T07:00:00Z'));
  });
});

describe('countdown, in the reader\'s calendar (Los Angeles unless named)', () => {
  test.each([
    ['2024-06-19T12:00:00Z', undefined],
    // 9:00 PM on June 19 in Los Angeles: July 20 (the authority's date) is 31 calendar days away.
    ['2024-06-20T04:00:00Z', 'new-sales-end 31 days'],
    ['2024-09-01T12:00:00Z', 'updates-end 27 days'],
    // 24 h 1 s before the cut-off (8:59:59 PM on September 27): it is tomorrow, 1 day, not 2.
    ['2024-09-28T03:59:59Z', 'updates-end 1 days'],
    ['2024-09-28T04:00:00Z', 'updates-end 24 hours'],
    ['2024-09-28T20:00:00Z', 'updates-end 8 hours'],
    ['2024-09-29T03:00:00Z', 'updates-end 1 hours'],
  ])('US at %s counts down to %s', (instant, expected) => {
    const { countdown } = getStatus(MILESTONES, 'us', at(instant), LOS_ANGELES);
    const described = countdown && `${countdown.deadline.id.replace(/^us-/, '')} ${countdown.value} ${countdown.unit}s`;
    expect(described).toBe(expected);
  });

  test('a deadline is never counted down before it was announced', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-06-19T23:59:59-04:00'), LOS_ANGELES);
    expect(status.countdown).toBeUndefined();
    expect(status.nextDeadline).toBeUndefined();
    expect(status.next).toBeUndefined();
  });

  test('the countdown starts at the reader\'s midnight 99 calendar days before the date, and the status wakes for it', () => {
    const usUpdatesEnd = MILESTONES.find((milestone) => milestone.id === 'us-updates-end')!;
    const farAnnounced = [{ ...usUpdatesEnd, announced: '2020-01-01T00:00:00Z' }];
    // The cut-off is on September 28 in Los Angeles; 99 days before is June 21, 00:00 PDT.
    const start = at('2024-06-21T07:00:00Z');
    const justBefore = getStatus(farAnnounced, 'us', new Date(start.getTime() - 1), LOS_ANGELES);
    expect(justBefore.countdown).toBeUndefined();
    expect(justBefore.changesAt).toEqual(start);
    expect(getStatus(farAnnounced, 'us', start, LOS_ANGELES).countdown).toMatchObject({ value: 99, unit: 'day' });
    // In Tokyo the cut-off is on September 29: June 22, 00:00 JST.
    expect(getStatus(farAnnounced, 'us', at('2024-06-20T12:00:00Z'), TOKYO).changesAt).toEqual(at('2024-06-21T15:00:00Z'));
  });

  test('across a DST change the day count changes at each of the reader\'s midnights', () => {
    const usUpdatesEnd = MILESTONES.find((milestone) => milestone.id === 'us-updates-end')!;
    // Los Angeles leaves daylight time on 2024-11-03: midnight is 07:00Z before, 08:00Z after.
    const deadline = [parseMilestone({ ...usUpdatesEnd, when: '2024-12-01T12:00:00Z', announced: '2020-01-01T00:00:00Z' })];
    expect(getStatus(deadline, 'us', at('2024-11-02T12:00:00Z'), LOS_ANGELES)).toMatchObject({ countdown: { value: 29, unit: 'day' }, changesAt: at('2024-11-03T07:00:00Z') });
    expect(getStatus(deadline, 'us', at('2024-11-03T07:00:00Z'), LOS_ANGELES)).toMatchObject({ countdown: { value: 28, unit: 'day' }, changesAt: at('2024-11-04T08:00:00Z') });
  });

  test('Australia counts down to the government removal deadline once it is announced', () => {
    expect(getStatus(MILESTONES, 'au', at('2025-02-20T12:59:59Z'), LOS_ANGELES).countdown).toBeUndefined();
    // February 20 in Los Angeles, April 1 in Sydney's calendar.
    expect(getStatus(MILESTONES, 'au', at('2025-02-20T13:00:00Z'), LOS_ANGELES).countdown).toMatchObject({ value: 40, unit: 'day' });
    expect(getStatus(MILESTONES, 'au', at('2025-02-20T13:00:00Z'), SYDNEY).countdown).toMatchObject({ value: 39, unit: 'day' });
    expect(getStatus(MILESTONES, 'au', at('2025-03-31T13:00:00Z'), LOS_ANGELES).countdown).toBeUndefined();
  });

  test('a date without a time of day is counted in days only, and not at all on the day itself', () => {
    // 2024-07-19T16:00Z, 16 hours before 00:00 Eastern on July 20.
    expect(getStatus(MILESTONES, 'us', at('2024-07-19T16:00:00Z'), { timeZone: 'America/Puerto_Rico' }).countdown).toMatchObject({ value: 1, unit: 'day' });
    // Already July 20 in Tokyo: "today", nothing left to count.
    const tokyo = getStatus(MILESTONES, 'us-abroad', at('2024-07-19T16:00:00Z'), TOKYO);
    expect(tokyo.nextDeadline?.id).toBe('us-new-sales-end');
    expect(tokyo.countdown).toBeUndefined();
    expect(tokyo.changesAt).toEqual(at('2024-07-20T04:00:00Z'));
  });
});

describe('next change', () => {
  test('during a day countdown it is the reader\'s next midnight', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-09-01T12:00:00Z'), LOS_ANGELES).changesAt).toEqual(at('2024-09-02T07:00:00Z'));
    expect(getStatus(MILESTONES, 'us', at('2024-09-01T12:00:00Z'), { timeZone: 'Asia/Kathmandu' }).changesAt).toEqual(at('2024-09-01T18:15:00Z'));
  });

  test('during an hour countdown it is the next whole hour before the deadline', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-09-28T20:00:00Z'), LOS_ANGELES).changesAt).toEqual(at('2024-09-28T21:00:00Z'));
  });

  test('on the last "tomorrow", it is the moment 24 hours remain', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-09-28T03:59:00Z'), { timeZone: 'Pacific/Honolulu' }).changesAt).toEqual(at('2024-09-28T04:00:00Z'));
  });

  test('in the last hour it is the deadline itself', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-09-29T03:30:00Z'), LOS_ANGELES).changesAt).toEqual(at('2024-09-29T04:00:00Z'));
  });

  test('before a far deadline is announced it is the announcement', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-06-01T00:00:00Z'), LOS_ANGELES).changesAt).toEqual(at('2024-06-20T04:00:00Z'));
  });

  test('after the last milestone there is none', () => {
    expect(getStatus(MILESTONES, 'us', at('2030-01-01T00:00:00Z'), LOS_ANGELES).changesAt).toBeUndefined();
  });
});

describe('properties over random instants and regions', () => {
  const instant = fc.date({ min: at('2015-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z'), noInvalidDate: true });
  const region = fc.constantFrom(...REGION_IDS);

  test('the next change is always later than now', () => {
    fc.assert(
      fc.property(region, instant, (regionId, now) => {
        const { changesAt } = getStatus(MILESTONES, regionId, now, LOS_ANGELES);
        return changesAt === undefined || changesAt.getTime() > now.getTime();
      }),
    );
  });

  test('the level never decreases with time', () => {
    fc.assert(
      fc.property(region, instant, instant, (regionId, first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        return (
          LEVELS.indexOf(getStatus(MILESTONES, regionId, earlier, LOS_ANGELES).level) <=
          LEVELS.indexOf(getStatus(MILESTONES, regionId, later, LOS_ANGELES).level)
        );
      }),
    );
  });

  test('nothing changes between now and the next change', () => {
    fc.assert(
      fc.property(region, instant, fc.double({ min: 0, max: 1, noNaN: true }), (regionId, now, fraction) => {
        const status = getStatus(MILESTONES, regionId, now, LOS_ANGELES);
        if (!status.changesAt) return true;
        const between = new Date(now.getTime() + Math.floor((status.changesAt.getTime() - now.getTime()) * fraction));
        if (between.getTime() >= status.changesAt.getTime()) return true;
        const later = getStatus(MILESTONES, regionId, between, LOS_ANGELES);
        return (
          later.level === status.level &&
          later.countdown?.value === status.countdown?.value &&
          later.lastPassed?.id === status.lastPassed?.id &&
          later.next?.id === status.next?.id
        );
      }),
    );
  });

  test('30 days after a deadline the status changes once more: the headline then names its month, so the badge and popup wake up for it', () => {
    expect(getStatus(MILESTONES, 'us', new Date('2024-10-15T00:00:00Z'), LOS_ANGELES).changesAt?.toISOString()).toBe('2024-10-29T04:00:00.001Z');
    expect(getStatus(MILESTONES, 'us', new Date('2024-10-29T04:00:00.001Z'), LOS_ANGELES).changesAt).toBeUndefined();
  });
});
