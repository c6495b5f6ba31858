import { buildStatusSummary } from '../core/build-status-summary';
import { formatReviewDate } from '../core/data-freshness';
import { describeStatus } from '../core/describe-status';
import type { View } from '../core/compose-view';
import { formatMilestoneDate } from '../core/format-milestone-date';
import type { Translate } from '../core/messages';
import { toggleId } from '../core/toggle-id';
import { isUsRuleRegion, REGION_NAME_KEYS } from '../core/regions';
import type { StatusPageRequest } from '../core/status-page';
import { findMilestone, isAnnounced, isPassed } from '../core/milestone';
import { CalendarButton } from './calendar-button';
import { CollapsibleSection } from './collapsible-section';
import { CopySummaryButton } from './copy-summary-button';
import { FreshnessNotice } from './freshness-notice';
import { MeaningSection } from './meaning-section';
import { MilestoneCard } from './milestone-card';
import { MixUpsSection } from './mix-ups-section';
import { ProductsSection } from './products-section';
import { ReminderBanner } from './reminder-banner';
import { TimelineSection } from './timeline-section';
import { TodoSection } from './todo-section';
import { UpdatedNote } from './updated-note';
import { usePopupState } from './use-popup-state';

interface PopupAppProps {
  readonly view: View;
  /** In the toolbar popup, or in a tab opened from a notification. */
  readonly request: StatusPageRequest;
  readonly translate: Translate;
  readonly onChangeRegion: () => void;
}

const US_CUT_OFF_ID = 'us-updates-end';

/** For readers outside the US rules: why those rules don't bind them, with the US cut-off as context. */
function UsContext({ view: { milestones, now, display }, translate }: { readonly view: View; readonly translate: Translate }) {
  const cutOff = findMilestone(milestones, US_CUT_OFF_ID);
  if (!isAnnounced(cutOff, now)) return null;
  const date = formatMilestoneDate(cutOff, display, translate).display;
  return <p class="context">{translate(isPassed(cutOff, now) ? 'us_context_after' : 'us_context_before', [date])}</p>;
}

export function PopupApp({ view, request, translate, onChangeRegion }: PopupAppProps) {
  const { region, now, status, usStatus, display, settings, milestones } = view;
  const [popupState, updatePopupState] = usePopupState();
  const text = describeStatus(status, translate, display);
  const handleToggle = (id: string, isOpen: boolean): void => {
    updatePopupState((state) => ({ ...state, openSections: toggleId(state.openSections, id, isOpen) }));
  };
  const isOpen = (id: string): boolean => popupState?.openSections.includes(id) ?? false;

  return (
    <>
      <header class="region-bar">
        <span>{translate('popup_region', [translate(REGION_NAME_KEYS[region])])}</span>
        <button type="button" class="link-button" onClick={onChangeRegion}>
          {translate('popup_change_region')}
        </button>
      </header>
      <main>
        {request.milestoneId && <ReminderBanner milestoneId={request.milestoneId} milestones={milestones} settings={settings} translate={translate} />}
        <FreshnessNotice now={now} translate={translate} display={display} />
        <UpdatedNote region={region} milestones={milestones} translate={translate} />
        <section class={`status status-${status.level}`} aria-labelledby="headline">
          {/* elementtiming: the benchmark reads when the headline is painted (Element Timing API). */}
          {/* Focusable by script only: focus lands here when a note above it is dismissed. */}
          <h1 id="headline" elementtiming="headline" tabIndex={-1}>
            {text.headline}
          </h1>
          <p id="meaning">{text.meaning}</p>
          {region === 'us-abroad' && <p>{translate('us_abroad_note')}</p>}
          {!isUsRuleRegion(region) && <UsContext view={view} translate={translate} />}
        </section>
        <div class="actions">
          <CopySummaryButton getSummary={() => buildStatusSummary(status, now, translate, display)} translate={translate} />
          <CalendarButton region={region} milestones={milestones} now={now} translate={translate} display={display} />
        </div>
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
          {status.next ? <MilestoneCard milestone={status.next} translate={translate} display={display} /> : <p>{translate('popup_no_next')}</p>}
        </section>
        {popupState && (
          <>
            <CollapsibleSection id="meaning" title={translate('section_meaning')} isOpen={isOpen('meaning')} onToggle={handleToggle}>
              <MeaningSection region={region} milestones={milestones} now={now} translate={translate} display={display} />
            </CollapsibleSection>
            <CollapsibleSection id="todo" title={translate('section_todo')} isOpen={isOpen('todo')} onToggle={handleToggle}>
              <TodoSection
                region={region}
                milestones={milestones}
                now={now}
                hasUpdatesEnded={isPassed(findMilestone(milestones, US_CUT_OFF_ID), now)}
                checkedSteps={popupState.checkedSteps}
                onStepChange={(stepId, isChecked) => {
                  updatePopupState((state) => ({ ...state, checkedSteps: toggleId(state.checkedSteps, stepId, isChecked) }));
                }}
                translate={translate}
                display={display}
              />
            </CollapsibleSection>
            <CollapsibleSection id="timeline" title={translate('section_timeline')} isOpen={isOpen('timeline')} onToggle={handleToggle}>
              <TimelineSection region={region} milestones={milestones} status={status} usStatus={usStatus} now={now} translate={translate} display={display} />
            </CollapsibleSection>
            <CollapsibleSection id="products" title={translate('section_products')} isOpen={isOpen('products')} onToggle={handleToggle}>
              <ProductsSection region={region} milestones={milestones} translate={translate} display={display} />
            </CollapsibleSection>
            <CollapsibleSection id="mix-ups" title={translate('section_mixups')} isOpen={isOpen('mix-ups')} onToggle={handleToggle}>
              <MixUpsSection milestones={milestones} translate={translate} display={display} />
            </CollapsibleSection>
          </>
        )}
      </main>
      <footer>
        <p id="reviewed">{translate('popup_reviewed', [formatReviewDate(display.locale)])}</p>
        <p>{translate('unofficial_notice')}</p>
      </footer>
    </>
  );
}
