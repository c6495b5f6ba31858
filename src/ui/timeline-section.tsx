import { describeAuthorityTime, formatMilestoneDate, getDateTimeAttribute, type DisplayContext } from '../core/format-milestone-date';
import type { MessageKey, Translate } from '../core/messages';
import { isPassed, type Milestone } from '../core/milestone';
import { describeMilestoneRelativeTime } from '../core/relative-time';
import type { RegionStatus } from '../core/status';
import type { Timeline } from '../core/timeline';
import { ApproximateDateNote } from './approximate-date-note';
import { MilestoneAbout } from './milestone-about';

type Phase = 'past' | 'now' | 'next' | 'later';

/** Text and a shape for each phase, so it never rests on colour. */
const PHASES: Readonly<Record<Phase, { readonly label: MessageKey | undefined; readonly shape: string }>> = {
  past: { label: 'timeline_past', shape: '✓' },
  now: { label: 'timeline_now', shape: '●' },
  next: { label: 'timeline_next', shape: '○' },
  later: { label: undefined, shape: '○' },
};

function getPhase(milestone: Milestone, status: RegionStatus, now: Date): Phase {
  if (milestone.id === status.state?.id) return 'now';
  if (milestone.id === status.next?.id) return 'next';
  return isPassed(milestone, now) ? 'past' : 'later';
}

interface EntryProps {
  readonly milestone: Milestone;
  readonly phase: Phase;
  /** h3 in the region's own list; h4 under the US-context heading. */
  readonly headingLevel: 3 | 4;
  readonly now: Date;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

function TimelineEntry({ milestone, phase, headingLevel, now, translate, display }: EntryProps) {
  const date = formatMilestoneDate(milestone, display, translate);
  const { label, shape } = PHASES[phase];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const title = translate(milestone.text.title);
  const relative = describeMilestoneRelativeTime(milestone, now, translate, display);
  return (
    <li class={`timeline-entry phase-${phase}`} data-milestone-id={milestone.id}>
      <span class="marker" aria-hidden="true">
        {shape}
      </span>
      <div>
        {label && <span class="phase-label">{translate(label)}</span>}
        <Heading>{title}</Heading>
        <p class="milestone-date">
          <time dateTime={getDateTimeAttribute(milestone)}>{date.display}</time> <span class="relative-time">({relative})</span>
        </p>
        {date.inAuthorityZone !== undefined && <p class="note">{describeAuthorityTime(date.inAuthorityZone, translate)}</p>}
        {!date.isTimeOfDayStated && <p class="note">{translate('popup_time_not_stated')}</p>}
        <ApproximateDateNote milestone={milestone} translate={translate} display={display} />
        <details class="entry-details">
          <summary>
            {translate('timeline_details')}
            {/* Every entry has this button; its title tells them apart for screen readers. */}
            <span class="visually-hidden">: {title}</span>
          </summary>
          <MilestoneAbout milestone={milestone} translate={translate} />
        </details>
      </div>
    </li>
  );
}

interface TimelineListProps {
  readonly milestones: readonly Milestone[];
  /** The status that marks which entry is now and which next. */
  readonly status: RegionStatus;
  readonly headingLevel: 3 | 4;
  readonly now: Date;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

function TimelineList({ milestones, status, headingLevel, now, translate, display }: TimelineListProps) {
  return (
    <ol class="timeline">
      {milestones.map((milestone) => (
        <TimelineEntry
          key={milestone.id}
          milestone={milestone}
          phase={getPhase(milestone, status, now)}
          headingLevel={headingLevel}
          now={now}
          translate={translate}
          display={display}
        />
      ))}
    </ol>
  );
}

interface TimelineSectionProps {
  readonly timeline: Timeline;
  readonly status: RegionStatus;
  /** The US rules' status, for the US milestones shown as context elsewhere. */
  readonly usStatus: RegionStatus;
  readonly now: Date;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

export function TimelineSection({ timeline: { regional, usContext }, status, usStatus, now, translate, display }: TimelineSectionProps) {
  return (
    <>
      <TimelineList milestones={regional} status={status} headingLevel={3} now={now} translate={translate} display={display} />
      {usContext.length > 0 && (
        <>
          <h3 class="timeline-context-heading">{translate('timeline_us_context')}</h3>
          <TimelineList milestones={usContext} status={usStatus} headingLevel={4} now={now} translate={translate} display={display} />
        </>
      )}
    </>
  );
}
