import { addMilliseconds } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isPassed } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { describeMilestoneRelativeTime } from '../../src/core/relative-time';
import { getTimeline, type Timeline } from '../../src/core/timeline';
import { zonedInstantArbitrary } from '../support/time-zones';
import { translateEnglish } from '../support/translators';

/** Everything the timeline shows at `now`: which entries, whether each has passed, and their words. */
function readTimeline({ regional, usContext }: Timeline, now: Date, timeZone = 'UTC'): string[] {
  return [...regional, ...usContext].map(
    (milestone) => `${milestone.id} (${isPassed(milestone, now) ? 'passed' : 'ahead'}): ${describeMilestoneRelativeTime(milestone, now, translateEnglish, { locale: 'en', timeZone })}`,
  );
}

const UTC = { timeZone: 'UTC' };

describe('getTimeline', () => {
  test('the US cut-off counts down to the minute the day before', () => {
    const now = new Date('2024-09-28T20:00:00-04:00');
    const timeline = getTimeline(MILESTONES, 'us', now, UTC);
    expect(readTimeline(timeline, now)).toContain('us-updates-end (ahead): in 4 hours');
    // Rounded up, as the badge counts: "in 4 hours" until 3 hours remain, at 21:00.
    expect(timeline.changesAt).toEqual(new Date('2024-09-28T21:00:00-04:00'));
  });

  test('outside the US, the US status milestones come as context, and nothing of the region is left out', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    const timeline = getTimeline(MILESTONES, 'id', now, UTC);
    expect(timeline.usContext.map((milestone) => milestone.id)).toContain('us-updates-end');
    expect(timeline.regional.every((milestone) => milestone.regions.includes('id'))).toBe(true);
  });

  test('an event reported only afterwards is not listed before its report: Google Play\'s removal from 2024-10-07', () => {
    // The tester's clock: 2024-09-28 in Honolulu, after the apps went (about 2024-09-27), before anyone reported it.
    const beforeReport = new Date('2024-09-28T12:00:00-10:00');
    const reported = new Date('2024-10-07T00:00:00-07:00');
    for (const region of REGION_IDS) {
      const listed = (now: Date) => getTimeline(MILESTONES, region, now, UTC).regional.map((milestone) => milestone.id);
      expect(listed(beforeReport)).not.toContain('us-google-play-removal');
      expect(listed(new Date(reported.getTime() - 1))).not.toContain('us-google-play-removal');
      expect(listed(reported)).toContain('us-google-play-removal');
    }
    // The popup redraws at the report at the latest.
    expect(getTimeline(MILESTONES, 'other', beforeReport, UTC).changesAt?.getTime()).toBeLessThanOrEqual(reported.getTime());
  });

  test('reads the same until `changesAt`, and differs at it, for any region, zone and instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGION_IDS),
        zonedInstantArbitrary,
        fc.integer({ min: 0, max: 120_000 }),
        (region, [timeZone, randomNow], closeness) => {
          // Half the cases a moment before a milestone, where "now", passing and announcing meet.
          const milestone = MILESTONES[closeness % MILESTONES.length]!;
          const now = closeness % 2 ? randomNow : new Date(milestone.whenTime - closeness);
          const read = (instant: Date) => readTimeline(getTimeline(MILESTONES, region, instant, { timeZone }), instant, timeZone);
          const timeline = getTimeline(MILESTONES, region, now, { timeZone });
          const shown = readTimeline(timeline, now, timeZone);
          if (!timeline.changesAt) return;
          expect(timeline.changesAt.getTime()).toBeGreaterThan(now.getTime());
          expect(read(addMilliseconds(timeline.changesAt, -1))).toEqual(shown);
          expect(read(timeline.changesAt)).not.toEqual(shown);
        },
      ),
      { numRuns: 400 },
    );
  });
});
