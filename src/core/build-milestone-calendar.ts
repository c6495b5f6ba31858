import { getDaysInMonth } from './calendar-date';
import { writeICalendar, type CalendarEvent, type CalendarEventTime } from './write-icalendar';
import { formatReviewDate } from './data-freshness';
import type { DisplayContext } from './format-milestone-date';
import type { Translate } from './messages';
import { REGION_NAME_KEYS, type RegionId } from './regions';
import { getRegionMilestones, getWhen, isAnnounced, type Milestone } from './milestone';
import { getSourceTitle } from './source';

export interface CalendarFile {
  readonly fileName: string;
  readonly text: string;
}

/** Reserved for examples (RFC 2606), so the UIDs can never collide with a real domain's. */
const UID_DOMAIN = 'kaspersky-ban-status.unofficial.example';

/**
 * An instant where the source gives a time; otherwise the authority's calendar day (or the whole
 * month) as an all-day event, so the file never invents a time of day.
 */
function getEventTime(milestone: Milestone): CalendarEventTime {
  if (milestone.precision === 'instant') return { kind: 'instant', at: getWhen(milestone) };
  const date = milestone.when.slice(0, 10);
  if (milestone.precision === 'day') return { kind: 'date', date };
  const [year = 0, month = 0] = date.split('-').map(Number);
  return { kind: 'date', date, lastDate: `${date.slice(0, 8)}${String(getDaysInMonth(year, month)).padStart(2, '0')}` };
}

function toEvent(milestone: Milestone, translate: Translate, reviewDate: string): CalendarEvent {
  const lines = [
    translate(milestone.text.summary),
    ...(milestone.precision === 'instant' ? [] : [translate('calendar_event_no_time')]),
    ...(milestone.isApproximate === true ? [translate('calendar_event_approximate')] : []),
    '',
    translate('calendar_event_sources'),
    ...milestone.sources.map((source) => `${source.publisher}: ${getSourceTitle(source, translate)}. ${source.url}`),
    '',
    translate('calendar_event_footer', [reviewDate]),
  ];
  return {
    uid: `${milestone.id}@${UID_DOMAIN}`,
    when: getEventTime(milestone),
    summary: translate(milestone.text.title),
    description: lines.join('\n'),
    url: milestone.sources[0].url,
  };
}

/**
 * The region's milestones as an `.ics` file, built on the device: instants in UTC, dates as
 * all-day events, each with its sources, the data's review date, and the warning that a file
 * receives no later corrections. Only milestones announced by `now` are in it.
 */
export function buildMilestoneCalendar(milestones: readonly Milestone[], region: RegionId, now: Date, translate: Translate, display: DisplayContext): CalendarFile {
  const reviewDate = formatReviewDate(display.locale);
  const events = getRegionMilestones(milestones, region)
    .filter((milestone) => isAnnounced(milestone, now))
    .map((milestone) => toEvent(milestone, translate, reviewDate));
  const text = writeICalendar({
    productId: '-//Kaspersky Ban Status (unofficial)//Milestones//EN',
    name: translate('calendar_name', [translate(REGION_NAME_KEYS[region])]),
    description: translate('calendar_description', [reviewDate]),
    createdAt: now,
    events,
  });
  return { fileName: `kaspersky-milestones-${region}.ics`, text };
}
