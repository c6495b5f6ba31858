import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getKnownPassedTime, parseMilestone, LEVELS } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { isUsRuleRegion, REGION_IDS, type RegionId } from '../../src/core/regions';
import { getStatus } from '../../src/core/status';

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
    expect(getStatus(MILESTONES, region as RegionId, instant).level).toBe(level);
  });

  test.each(['id', 'other'] as const)('%s has no restriction at any time', (region) => {
    for (const instant of ['2017-01-01T00:00:00Z', '2024-09-29T04:00:00Z', '2026-11-24T00:00:00Z']) {
      expect(getStatus(MILESTONES, region, at(instant)).level).toBe('none');
    }
  });
});

describe('getStatus around every milestone, in every region it applies to', () => {
  // A milestone counts from its instant, or from its report where that came later.
  const cases = MILESTONES.flatMap((milestone) =>
    milestone.regions.map((region) => ({ id: milestone.id, region, when: milestone.whenTime, knownAt: getKnownPassedTime(milestone) })),
  );

  test.each(cases)('$id in $region: a day before it is known to have passed it is not, at that instant and a day after it is', ({ id, region, when, knownAt }) => {
    const dayBefore = getStatus(MILESTONES, region, new Date(knownAt - DAY));
    expect(dayBefore.lastPassed?.id).not.toBe(id);
    const at = getStatus(MILESTONES, region, new Date(knownAt));
    const dayAfter = getStatus(MILESTONES, region, new Date(knownAt + DAY));
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
      const before = getStatus(MILESTONES, region, at('2024-09-28T12:00:00-10:00'));
      expect(before.lastPassed?.id).not.toBe('us-google-play-removal');
      expect(before.changesAt?.getTime()).toBeLessThanOrEqual(REPORTED.getTime());
      expect(getStatus(MILESTONES, region, new Date(REPORTED.getTime() - 1)).lastPassed?.id).not.toBe('us-google-play-removal');
      expect(getStatus(MILESTONES, region, REPORTED).lastPassed?.id).toBe('us-google-play-removal');
    },
  );

  test('"Other" has nothing before the report, so its next change is the report itself, not the day the apps went', () => {
    expect(getStatus(MILESTONES, 'other', at('2024-09-01T00:00:00Z')).changesAt).toEqual(REPORTED);
  });
});

describe('getStatus around the US update cut-off (2024-09-29T04:00:00Z)', () => {
  test('one second before, updates have not ended and the cut-off is next', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-09-29T03:59:59Z'));
    expect(status.level).toBe('warning');
    expect(status.next?.id).toBe('us-updates-end');
    expect(status.countdown).toMatchObject({ unit: 'hour', value: 1 });
  });

  test('at the instant itself, updates have ended', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-09-29T04:00:00Z'));
    expect(status.level).toBe('critical');
    expect(status.state?.id).toBe('us-updates-end');
    expect(status.lastPassed?.id).toBe('us-updates-end');
    expect(status.countdown).toBeUndefined();
  });

  test('one second after, the next change is the Google Play report, not another deadline', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-09-29T04:00:01Z'));
    expect(status.level).toBe('critical');
    expect(status.nextDeadline).toBeUndefined();
    expect(status.changesAt).toEqual(at('2024-10-07T07:00:00Z'));
  });
});

describe('countdown', () => {
  test.each([
    ['2024-06-19T12:00:00Z', undefined],
    ['2024-06-20T04:00:00Z', 'new-sales-end 30 days'],
    ['2024-09-01T12:00:00Z', 'updates-end 28 days'],
    ['2024-09-28T03:59:59Z', 'updates-end 2 days'],
    ['2024-09-28T04:00:00Z', 'updates-end 24 hours'],
    ['2024-09-28T20:00:00Z', 'updates-end 8 hours'],
    ['2024-09-29T03:00:00Z', 'updates-end 1 hours'],
  ])('US at %s counts down to %s', (instant, expected) => {
    const { countdown } = getStatus(MILESTONES, 'us', at(instant));
    const described = countdown && `${countdown.deadline.id.replace(/^us-/, '')} ${countdown.value} ${countdown.unit}s`;
    expect(described).toBe(expected);
  });

  test('a deadline is never counted down before it was announced', () => {
    const status = getStatus(MILESTONES, 'us', at('2024-06-19T23:59:59-04:00'));
    expect(status.countdown).toBeUndefined();
    expect(status.nextDeadline).toBeUndefined();
    expect(status.next).toBeUndefined();
  });

  test('the countdown starts exactly 99 days before a deadline', () => {
    const usUpdatesEnd = MILESTONES.find((milestone) => milestone.id === 'us-updates-end')!;
    const farAnnounced = [{ ...usUpdatesEnd, announced: '2020-01-01T00:00:00Z' }];
    const deadline = at('2024-09-29T04:00:00Z').getTime();
    expect(getStatus(farAnnounced, 'us', new Date(deadline - 99 * DAY - SECOND)).countdown).toBeUndefined();
    expect(getStatus(farAnnounced, 'us', new Date(deadline - 99 * DAY - SECOND)).changesAt).toEqual(new Date(deadline - 99 * DAY));
    expect(getStatus(farAnnounced, 'us', new Date(deadline - 99 * DAY)).countdown).toMatchObject({ value: 99, unit: 'day' });
  });

  test('the 99 days are whole 24-hour days even across a DST change in the device zone', () => {
    const usUpdatesEnd = MILESTONES.find((milestone) => milestone.id === 'us-updates-end')!;
    // Los Angeles (the test zone) leaves daylight time on 2024-11-03, inside these 99 days.
    const deadline = [parseMilestone({ ...usUpdatesEnd, when: '2024-12-01T12:00:00Z', announced: '2020-01-01T00:00:00Z' })];
    expect(getStatus(deadline, 'us', at('2024-08-24T10:00:00Z')).changesAt).toEqual(at('2024-08-24T12:00:00Z'));
  });

  test('Australia counts down to the government removal deadline once it is announced', () => {
    expect(getStatus(MILESTONES, 'au', at('2025-02-20T12:59:59Z')).countdown).toBeUndefined();
    expect(getStatus(MILESTONES, 'au', at('2025-02-20T13:00:00Z')).countdown).toMatchObject({ value: 39, unit: 'day' });
    expect(getStatus(MILESTONES, 'au', at('2025-03-31T13:00:00Z')).countdown).toBeUndefined();
  });
});

describe('next change', () => {
  test('during a day countdown it is the instant the rounded-up days drop by one', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-09-01T12:00:00Z')).changesAt).toEqual(at('2024-09-02T04:00:00Z'));
  });

  test('during an hour countdown it is the next whole hour before the deadline', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-09-28T20:00:00Z')).changesAt).toEqual(at('2024-09-28T21:00:00Z'));
  });

  test('in the last hour it is the deadline itself', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-09-29T03:30:00Z')).changesAt).toEqual(at('2024-09-29T04:00:00Z'));
  });

  test('before a far deadline is announced it is the announcement', () => {
    expect(getStatus(MILESTONES, 'us', at('2024-06-01T00:00:00Z')).changesAt).toEqual(at('2024-06-20T04:00:00Z'));
  });

  test('after the last milestone there is none', () => {
    expect(getStatus(MILESTONES, 'us', at('2030-01-01T00:00:00Z')).changesAt).toBeUndefined();
  });
});

describe('properties over random instants and regions', () => {
  const instant = fc.date({ min: at('2015-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z'), noInvalidDate: true });
  const region = fc.constantFrom(...REGION_IDS);

  test('the next change is always later than now', () => {
    fc.assert(
      fc.property(region, instant, (regionId, now) => {
        const { changesAt } = getStatus(MILESTONES, regionId, now);
        return changesAt === undefined || changesAt.getTime() > now.getTime();
      }),
    );
  });

  test('the level never decreases with time', () => {
    fc.assert(
      fc.property(region, instant, instant, (regionId, first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        return (
          LEVELS.indexOf(getStatus(MILESTONES, regionId, earlier).level) <=
          LEVELS.indexOf(getStatus(MILESTONES, regionId, later).level)
        );
      }),
    );
  });

  test('nothing changes between now and the next change', () => {
    fc.assert(
      fc.property(region, instant, fc.double({ min: 0, max: 1, noNaN: true }), (regionId, now, fraction) => {
        const status = getStatus(MILESTONES, regionId, now);
        if (!status.changesAt) return true;
        const between = new Date(now.getTime() + Math.floor((status.changesAt.getTime() - now.getTime()) * fraction));
        if (between.getTime() >= status.changesAt.getTime()) return true;
        const later = getStatus(MILESTONES, regionId, between);
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
    expect(getStatus(MILESTONES, 'us', new Date('2024-10-15T00:00:00Z')).changesAt?.toISOString()).toBe('2024-10-29T04:00:00.001Z');
    expect(getStatus(MILESTONES, 'us', new Date('2024-10-29T04:00:00.001Z')).changesAt).toBeUndefined();
  });
});
