import { getDataFreshness } from './data-freshness';
import { isPlainObject } from './is-plain-object';
import { fingerprint } from './fingerprint';
import { getRegionMilestones, isAnnounced, isPassed, type Level, type MilestoneFacts } from './milestone';
import { getFactFingerprint } from './milestone-facts';
import { isRegionId, type RegionId } from './regions';

/**
 * What the reader last saw in the popup, per region: a fingerprint of the region's facts and
 * status as shown then. Something new since (an update added or corrected a milestone, a milestone
 * passed, a date was announced) changes the fingerprint.
 */
export type SeenFacts = Readonly<Partial<Record<RegionId, string>>>;

const FINGERPRINT_PATTERN = /^[0-9a-f]{8}$/;

/** Untrusted input: anything but a known region with a fingerprint is dropped. */
export function parseSeenFacts(stored: unknown): SeenFacts {
  if (!isPlainObject(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).filter((entry): entry is [RegionId, string] => isRegionId(entry[0]) && typeof entry[1] === 'string' && FINGERPRINT_PATTERN.test(entry[1])),
  );
}

/** The region's milestones a reader can see at `now` (those announced or reported by then), with their facts. */
export function getShownFactsFingerprint(milestones: readonly MilestoneFacts[], region: RegionId, now: Date): string {
  const shown = getRegionMilestones(milestones, region).filter((milestone) => isAnnounced(milestone, now));
  return fingerprint(JSON.stringify(shown.map((milestone) => [milestone.id, isPassed(milestone, now), getFactFingerprint(milestone)])));
}

/**
 * Whether the region has something the reader has not seen. Never where no restriction is known
 * (nothing to tell), and never while the clock is before the data was reviewed: that clock is
 * wrong, and "new" would point at the past.
 */
export function hasUnseenFacts(seen: SeenFacts, region: RegionId, shownFacts: string, level: Level, now: Date): boolean {
  return level !== 'none' && getDataFreshness(now) !== 'clock-wrong' && seen[region] !== shownFacts;
}
