import { formatReviewDate } from './data-freshness';
import { formatMilestoneDate, type DisplayContext } from './format-milestone-date';
import type { MessageKey, Translate } from './messages';
import type { Milestone } from './milestone';
import { isUsRuleRegion, REGION_NAME_KEYS, type RegionId } from './regions';
import type { RegionStatus } from './status';

export interface StatusText {
  /** One full sentence with the key date in the reader's zone and language. */
  readonly headline: string;
  /** One plain sentence or two: what it means for a person in the region. */
  readonly meaning: string;
}

function getNoRestrictionText(region: RegionId): { headline: MessageKey; meaning: MessageKey } {
  if (isUsRuleRegion(region)) return { headline: 'headline_none_us', meaning: 'meaning_none_us' };
  if (region === 'other') return { headline: 'headline_none_other', meaning: 'meaning_none_other' };
  return { headline: 'headline_none', meaning: 'meaning_none' };
}

/**
 * The date a headline hangs on: the next announced deadline while one is ahead (what people need
 * to plan for), otherwise the milestone that set the current state.
 */
function getKeyMilestone(status: RegionStatus): Milestone | undefined {
  return status.nextDeadline ?? status.state;
}

function getStateText(status: RegionStatus): { headline: MessageKey; meaning: MessageKey } {
  return status.state?.stateText ?? getNoRestrictionText(status.region);
}

/** One full sentence with the key date in the reader's zone and language. */
export function getHeadline(status: RegionStatus, translate: Translate, display: DisplayContext): string {
  const keyMilestone = getKeyMilestone(status);
  const keyDate = keyMilestone ? formatMilestoneDate(keyMilestone, display, translate).display : formatReviewDate(display.locale);
  return translate(getStateText(status).headline, [keyDate]);
}

/** The toolbar tooltip: the region's name, then the headline. */
export function getTooltip(status: RegionStatus, translate: Translate, display: DisplayContext): string {
  return translate('tooltip', [translate(REGION_NAME_KEYS[status.region]), getHeadline(status, translate, display)]);
}

export function describeStatus(status: RegionStatus, translate: Translate, display: DisplayContext): StatusText {
  return { headline: getHeadline(status, translate, display), meaning: translate(getStateText(status).meaning) };
}
