import { REGION_NAME_KEYS } from './regions';
import { formatReviewDate } from './data-freshness';
import { describeStatus } from './describe-status';
import { formatInstant, formatMilestoneDate, type DisplayContext } from './format-milestone-date';
import type { Translate } from './messages';
import { getSourceTitle } from './source';
import { withoutRepeatedSources } from './statement';
import type { Milestone } from './milestone';
import type { RegionStatus } from './status';

/**
 * A plain-text summary to paste into a message for family or colleagues: status, the latest and
 * next milestones, their sources as bare links, the review date, and that it is unofficial.
 */
export function buildStatusSummary(status: RegionStatus, now: Date, translate: Translate, display: DisplayContext): string {
  const { headline, meaning } = describeStatus(status, now, translate, display);
  const describeMilestone = (milestone: Milestone) => [translate(milestone.text.title), formatMilestoneDate(milestone, display, translate).display];
  // The headline's key date comes from the state or the next deadline; the lines below name the latest and next.
  const milestones = [status.state, status.nextDeadline, status.lastPassed, status.next].filter((milestone) => milestone !== undefined);
  const uniqueSources = withoutRepeatedSources(milestones.flatMap((milestone) => milestone.sources));
  return [
    translate('summary_title', [translate(REGION_NAME_KEYS[status.region]), formatInstant(now, display)]),
    '',
    headline,
    meaning,
    '',
    ...(status.lastPassed ? [translate('summary_latest', describeMilestone(status.lastPassed))] : []),
    ...(status.next ? [translate('summary_next', describeMilestone(status.next))] : []),
    ...(uniqueSources.length > 0 ? ['', translate('summary_sources'), ...uniqueSources.map((source) => `- ${getSourceTitle(source, translate)} (${source.publisher}): ${source.url}`)] : []),
    '',
    translate('popup_reviewed', [formatReviewDate(display.locale)]),
    translate('summary_origin'),
  ].join('\n');
}
