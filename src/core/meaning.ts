import { getMeaningKey } from './describe-status';
import { findMilestone, isKnownPassed, type Milestone } from './milestone';
import { isUsRuleRegion } from './regions';
import type { Statement } from './statement';
import type { RegionStatus } from './status';

/** "What this means for you" in the US rules' regions, as it stands at `now`. */
export function getUsMeaning(milestones: readonly Milestone[], now: Date): Statement[] {
  const updatesEnd = findMilestone(milestones, 'us-updates-end');
  if (!isKnownPassed(findMilestone(milestones, 'us-bis-final-determination'), now)) return [];
  const statements: Statement[] = [
    {
      id: 'updates',
      text: isKnownPassed(updatesEnd, now) ? 'meaning_us_updates_after' : 'meaning_us_updates_before',
      basedOn: ['us-updates-end'],
      dateOf: ['us-updates-end'],
    },
    { id: 'legal', text: 'meaning_us_legal', basedOn: ['us-bis-final-determination'] },
    {
      id: 'sales',
      text: isKnownPassed(findMilestone(milestones, 'us-new-sales-end'), now) ? 'meaning_us_sales_after' : 'meaning_us_sales_before',
      basedOn: ['us-new-sales-end'],
      dateOf: ['us-new-sales-end'],
    },
  ];
  if (isKnownPassed(findMilestone(milestones, 'us-ultraav-switch'), now)) statements.push({ id: 'ultraav', text: 'meaning_us_ultraav', basedOn: ['us-ultraav-switch'] });
  return statements;
}

/**
 * For a reader in another region: what the US ban is and does (BIS: "in the US or to U.S.
 * persons"), and that it reaches no one else, unless the paragraph above already said that.
 */
export function getWhyNotUsRules(isSaidAbove: boolean): Statement {
  return { id: 'why-not-us', text: isSaidAbove ? 'meaning_us_ban_basis' : 'meaning_why_not_us', basedOn: ['us-bis-final-determination'] };
}

/**
 * "What this means for you", below the headline and its meaning paragraph: sourced facts that add
 * to that paragraph, never say it again. A region's own measure in force is the paragraph itself;
 * it and any earlier one are in the timeline with their sources.
 */
export function getMeaningStatements(status: RegionStatus, milestones: readonly Milestone[], now: Date): Statement[] {
  const forRegion = isUsRuleRegion(status.region) ? getUsMeaning(milestones, now) : [getWhyNotUsRules(getMeaningKey(status) === 'meaning_none')];
  return [...forRegion, ...getWorldwideMeaning(milestones, now)];
}

/** Facts that reach every region, whatever its own rules: each once it was known (Google Play's removal from its first report). */
export function getWorldwideMeaning(milestones: readonly Milestone[], now: Date): Statement[] {
  return isKnownPassed(findMilestone(milestones, 'us-google-play-removal'), now)
    ? [{ id: 'play-store', text: 'meaning_play_store', basedOn: ['us-google-play-removal'] }]
    : [];
}
