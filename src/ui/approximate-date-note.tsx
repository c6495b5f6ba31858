import { formatDay, type DisplayContext } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';

/**
 * A calendar day (YYYY-MM-DD) as an instant that reads as that day in UTC: noon, so no zone rule
 * moves it to another day. Never `new Date('YYYY-MM-DD')`.
 */
function getCalendarDay(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** "Approximate date…", with the day the press first reported it where the data has one. */
export function ApproximateDateNote({ milestone, translate, display }: { readonly milestone: Milestone; readonly translate: Translate; readonly display: DisplayContext }) {
  if (milestone.isApproximate !== true) return null;
  return (
    <p class="note">
      {milestone.reportedOn === undefined
        ? translate('popup_date_approximate')
        : translate('popup_date_approximate_reported', [formatDay(getCalendarDay(milestone.reportedOn), { ...display, timeZone: 'UTC' })])}
    </p>
  );
}
