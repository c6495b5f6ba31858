import { addMilliseconds } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeMilestoneRelativeTime } from '../../src/core/format-relative-time';
import { isPassed } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { REGION_IDS } from '../../src/core/regions';
import { getTimeline, type Timeline } from '../../src/core/timeline';
import { translateEnglish } from '../support/translators';

/** Everything the timeline shows at `now`: which entries, whether each has passed, and their words. */
function readTimeline({ regional, usContext }: Timeline, now: Date): string[] {
  return [...regional, ...usContext].map(
    (milestone) => `${milestone.id} (${isPassed(milestone, now) ? 'passed' : 'ahead'}): ${describeMilestoneRelativeTime(milestone, now, translateEnglish, { locale: 'en', timeZone: 'UTC' })}`,
  );
}

describe('getTimeline', () => {
  test('the US cut-off counts down to the minute the day before', () => {
    const now = new Date('2024-09-28T20:00:00-04:00');
    const timeline = getTimeline(MILESTONES, 'us', now);
    expect(readTimeline(timeline, now)).toContain('us-updates-end (ahead): in 4 hours');
    // "in 4 hours" until under 4 hours remain, one millisecond after 20:00.
    expect(timeline.changesAt).toEqual(new Date('2024-09-28T20:00:00.001-04:00'));
  });

  test('outside the US, the US status milestones come as context, and nothing of the region is left out', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    const timeline = getTimeline(MILESTONES, 'id', now);
    expect(timeline.usContext.map((milestone) => milestone.id)).toContain('us-updates-end');
    expect(timeline.regional.every((milestone) => milestone.regions.includes('id'))).toBe(true);
  });

  test('an event reported only afterwards is not listed before its report: Google Play\'s removal from 2024-10-07', () => {
    // The tester's clock: 2024-09-28 in Honolulu, after the apps went (about 2024-09-27), before anyone reported it.
    const beforeReport = new Date('2024-09-28T12:00:00-10:00');
    const reported = new Date('2024-10-07T00:00:00-07:00');
    for (const region of REGION_IDS) {
      const listed = (now: Date) => getTimeline(MILESTONES, region, now).regional.map((milestone) => milestone.id);
      expect(listed(beforeReport)).not.toContain('us-google-play-removal');
      expect(listed(new Date(reported.getTime() - 1))).not.toContain('us-google-play-removal');
      expect(listed(reported)).toContain('us-google-play-removal');
    }
    // The popup redraws at the report at the latest.
    expect(getTimeline(MILESTONES, 'other', beforeReport).changesAt?.getTime()).toBeLessThanOrEqual(reported.getTime());
  });

  test('reads the same until `changesAt`, and differs at it, for any region and instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGION_IDS),
        fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 120_000 }),
        (region, randomNow, closeness) => {
          // Half the cases a moment before a milestone, where "now", passing and announcing meet.
          const milestone = MILESTONES[closeness % MILESTONES.length]!;
          const now = closeness % 2 ? randomNow : new Date(milestone.whenTime - closeness);
          const timeline = getTimeline(MILESTONES, region, now);
          const shown = readTimeline(timeline, now);
          if (!timeline.changesAt) return;
          expect(timeline.changesAt.getTime()).toBeGreaterThan(now.getTime());
          const justBefore = addMilliseconds(timeline.changesAt, -1);
          expect(readTimeline(getTimeline(MILESTONES, region, justBefore), justBefore)).toEqual(shown);
          expect(readTimeline(getTimeline(MILESTONES, region, timeline.changesAt), timeline.changesAt)).not.toEqual(shown);
        },
      ),
      { numRuns: 400 },
    );
  });
});
