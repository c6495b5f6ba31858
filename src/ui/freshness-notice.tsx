import { formatReviewDate, getDataFreshness } from '../core/data-freshness';
import { formatInstant, type DisplayContext } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import { OFFICIAL_STATUS_PAGE } from '../core/official-status-page';
import { getSourceTitle } from '../core/source';
import { getHost } from './source-list';

/** Says when the device clock cannot be right, or when the bundled facts are old; nothing otherwise. */
export function FreshnessNotice({ now, translate, display }: { readonly now: Date; readonly translate: Translate; readonly display: DisplayContext }) {
  const freshness = getDataFreshness(now);
  if (freshness === 'clock-wrong') {
    return (
      <p class="notice notice-warning" id="clock-warning">
        <span aria-hidden="true">⚠ </span>
        {translate('clock_wrong', [formatInstant(now, display), formatReviewDate(display.locale)])}
      </p>
    );
  }
  if (freshness === 'stale') {
    return (
      <p class="notice" id="stale-notice">
        {translate('freshness_stale')}{' '}
        <a href={OFFICIAL_STATUS_PAGE.url} target="_blank" rel="noreferrer">
          {translate('source_link_label', [getSourceTitle(OFFICIAL_STATUS_PAGE, translate), getHost(OFFICIAL_STATUS_PAGE.url)])}
        </a>
      </p>
    );
  }
  return null;
}
