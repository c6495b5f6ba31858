import { formatMilestoneDate, getDateTimeAttribute, type DisplayContext } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { ApproximateDateNote } from './approximate-date-note';
import { MilestoneAbout } from './milestone-about';

interface MilestoneCardProps {
  readonly milestone: Milestone;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** One milestone: its date as the reader needs it, what it means, and where that is written. */
export function MilestoneCard({ milestone, translate, display }: MilestoneCardProps) {
  const date = formatMilestoneDate(milestone, display, translate);
  return (
    <article class="milestone" data-milestone-id={milestone.id}>
      <h3>{translate(milestone.text.title)}</h3>
      <p class="milestone-date">
        <time dateTime={getDateTimeAttribute(milestone)}>{date.display}</time>
        {date.inAuthorityZone !== undefined && (
          <span class="note"> ({translate('popup_in_authority_zone', [date.inAuthorityZone])})</span>
        )}
      </p>
      {!date.isTimeOfDayStated && <p class="note">{translate('popup_time_not_stated')}</p>}
      <ApproximateDateNote milestone={milestone} translate={translate} display={display} />
      <MilestoneAbout milestone={milestone} translate={translate} sourcesHeading="h4" />
    </article>
  );
}
