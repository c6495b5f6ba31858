import { describeStatus, formatReviewDate, REGION_NAME_KEYS } from '../core/describe-status';
import type { DisplayContext } from '../core/format-milestone-date';
import { formatMilestoneDate } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import { MILESTONES } from '../core/milestones';
import { isUsRuleRegion, type RegionId } from '../core/regions';
import { getEffectiveRegion, type Settings } from '../core/settings';
import { getStatus, isAnnounced, isPassed } from '../core/status';
import { MilestoneCard } from './milestone-card';
import { useNow } from './use-now';

interface PopupAppProps {
  readonly settings: Settings;
  readonly translate: Translate;
  readonly display: DisplayContext;
  readonly onChangeRegion: () => void;
}

const US_CUT_OFF_ID = 'us-updates-end';

/** For readers outside the US rules: why those rules don't bind them, with the US cut-off as context. */
function UsContext({ now, translate, display }: { readonly now: Date; readonly translate: Translate; readonly display: DisplayContext }) {
  const cutOff = MILESTONES.find((milestone) => milestone.id === US_CUT_OFF_ID);
  if (!cutOff || !isAnnounced(cutOff, now)) return null;
  const date = formatMilestoneDate(cutOff, display).display;
  return <p class="context">{translate(isPassed(cutOff, now) ? 'us_context_after' : 'us_context_before', [date])}</p>;
}

function getNextChange(region: RegionId) {
  return (now: Date): Date | undefined => {
    const changes = [getStatus(MILESTONES, region, now).changesAt, getStatus(MILESTONES, 'us', now).changesAt];
    return changes.filter((change) => change !== undefined).sort((a, b) => a.getTime() - b.getTime())[0];
  };
}

export function PopupApp({ settings, translate, display, onChangeRegion }: PopupAppProps) {
  const region = getEffectiveRegion(settings, display.timeZone);
  const now = useNow(getNextChange(region));
  const status = getStatus(MILESTONES, region, now);
  const text = describeStatus(status, translate, display);
  return (
    <>
      <header class="region-bar">
        <span>{translate('popup_region', [translate(REGION_NAME_KEYS[region])])}</span>
        <button type="button" class="link-button" onClick={onChangeRegion}>
          {translate('popup_change_region')}
        </button>
      </header>
      <main>
        <section class={`status status-${status.level}`} aria-labelledby="headline">
          <h1 id="headline">{text.headline}</h1>
          <p>{text.meaning}</p>
          {region === 'us-abroad' && <p>{translate('us_abroad_note')}</p>}
          {!isUsRuleRegion(region) && <UsContext now={now} translate={translate} display={display} />}
        </section>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{translate('popup_latest_heading')}</h2>
          {status.lastPassed ? (
            <MilestoneCard milestone={status.lastPassed} translate={translate} display={display} />
          ) : (
            <p>{translate('popup_no_latest')}</p>
          )}
        </section>
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{translate('popup_next_heading')}</h2>
          {status.next ? (
            <MilestoneCard milestone={status.next} translate={translate} display={display} />
          ) : (
            <p>{translate('popup_no_next')}</p>
          )}
        </section>
      </main>
      <footer>
        <p>{translate('popup_reviewed', [formatReviewDate(display.locale)])}</p>
        <p>{translate('unofficial_notice')}</p>
      </footer>
    </>
  );
}
