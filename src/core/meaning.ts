import { findMilestone, isPassed, type Milestone } from './milestone';
import type { Statement } from './statement';

/** "What this means for you" in the US rules' regions, as it stands at `now`. */
export function getUsMeaning(milestones: readonly Milestone[], now: Date): Statement[] {
  const updatesEnd = findMilestone(milestones, 'us-updates-end');
  if (!isPassed(findMilestone(milestones, 'us-bis-final-determination'), now)) return [];
  const statements: Statement[] = [
    {
      id: 'updates',
      text: isPassed(updatesEnd, now) ? 'meaning_us_updates_after' : 'meaning_us_updates_before',
      basedOn: ['us-updates-end'],
      dateOf: ['us-updates-end'],
    },
    { id: 'legal', text: 'meaning_us_legal', basedOn: ['us-bis-final-determination'] },
    {
      id: 'sales',
      text: isPassed(findMilestone(milestones, 'us-new-sales-end'), now) ? 'meaning_us_sales_after' : 'meaning_us_sales_before',
      basedOn: ['us-new-sales-end'],
      dateOf: ['us-new-sales-end'],
    },
  ];
  if (isPassed(findMilestone(milestones, 'us-ultraav-switch'), now)) statements.push({ id: 'ultraav', text: 'meaning_us_ultraav', basedOn: ['us-ultraav-switch'] });
  return statements;
}

/** Why the US rules do not reach a reader in another region (BIS: "in the US or to U.S. persons"). */
export const WHY_NOT_US_RULES: Statement = { id: 'why-not-us', text: 'meaning_why_not_us', basedOn: ['us-bis-final-determination'] };

/** Facts that reach every region, whatever its own rules. */
export function getWorldwideMeaning(milestones: readonly Milestone[], now: Date): Statement[] {
  return isPassed(findMilestone(milestones, 'us-google-play-removal'), now)
    ? [{ id: 'play-store', text: 'meaning_play_store', basedOn: ['us-google-play-removal'] }]
    : [];
}
