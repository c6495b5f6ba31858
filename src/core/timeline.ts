import { min } from 'date-fns';
import { getAnnounced, getRegionMilestones, getWhen, isAnnounced, isPassed, type Milestone, type MilestoneFacts } from './milestone';
import { isUsRuleRegion, type RegionId } from './regions';
import { getRelativeTime, type ReaderZone } from './relative-time';

/** What the popup's timeline lists at one instant, and until when it reads exactly so. */
export interface Timeline<M extends MilestoneFacts = Milestone> {
  /** The region's milestones a reader may see: those announced (or reported) by `now`, passed or ahead. */
  readonly regional: readonly M[];
  /** Outside the US rules' regions: the US milestones that changed the US status, as the context the press refers to. */
  readonly usContext: readonly M[];
  /**
   * The next instant at which any of it changes: a milestone is announced or passes, or its "in 3
   * days" / "2 years ago" words change (in the reader's zone). `undefined` when nothing will.
   */
  readonly changesAt: Date | undefined;
}

/** The next instant at which `milestone`'s place in a timeline changes at all. */
function getEntryChangesAt(milestone: MilestoneFacts, now: Date, zone: ReaderZone): Date {
  // Nothing is listed before it was known: a date set ahead from its announcement, an event
  // reported only afterwards (Google Play's removal) from its report.
  if (!isAnnounced(milestone, now)) return getAnnounced(milestone);
  const wordsChangeAt = getRelativeTime(milestone, now, zone).changesAt;
  return isPassed(milestone, now) ? wordsChangeAt : min([wordsChangeAt, getWhen(milestone)]);
}

/** Outside the US rules' regions, the US milestones that changed the US status and are not the region's own. */
function getUsContextMilestones<M extends MilestoneFacts>(milestones: readonly M[], region: RegionId): M[] {
  if (isUsRuleRegion(region)) return [];
  return getRegionMilestones(milestones, 'us').filter((milestone) => milestone.stateText && !milestone.regions.includes(region));
}

export function getTimeline<M extends MilestoneFacts>(milestones: readonly M[], region: RegionId, now: Date, zone: ReaderZone): Timeline<M> {
  const regional = getRegionMilestones(milestones, region).filter((milestone) => isAnnounced(milestone, now));
  const usContext = getUsContextMilestones(milestones, region).filter((milestone) => isAnnounced(milestone, now));
  const changes = [...getRegionMilestones(milestones, region), ...getUsContextMilestones(milestones, region)].map((milestone) => getEntryChangesAt(milestone, now, zone));
  return { regional, usContext, changesAt: changes.length > 0 ? min(changes) : undefined };
}
