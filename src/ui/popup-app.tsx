import { buildStatusSummary } from '../core/build-status-summary';
import { formatReviewDate } from '../core/data-freshness';
import { describeStatus } from '../core/describe-status';
import type { View } from '../core/compose-view';
import { formatMilestoneDate } from '../core/format-milestone-date';
import type { MessageKey, Translate } from '../core/messages';
import { toggleId } from '../core/toggle-id';
import { isUsRuleRegion, REGION_NAME_KEYS } from '../core/regions';
import { getStatusPagePath, type StatusPageRequest } from '../core/status-page';
import { findMilestone, isAnnounced, isPassed } from '../core/milestone';
import { getMixUps } from '../core/mix-ups';
import { useEffect, useRef } from 'preact/hooks';
import { getStepFingerprint } from '../core/checklists';
import { saveGroupSetAside, saveStepDone } from '../platform/checklist-store';
import { markFactsSeen } from '../platform/seen-facts-store';
import { getExtensionPageUrl, openExtensionTab } from '../platform/tabs';
import { CalendarButton } from './calendar-button';
import { ChecklistSection } from './checklist-section';
import { CollapsibleSection } from './collapsible-section';
import { CopySummaryButton } from './copy-summary-button';
import { FreshnessNotice } from './freshness-notice';
import { MeaningSection } from './meaning-section';
import { MixUpsSection } from './mix-ups-section';
import { ProductsSection } from './products-section';
import { ReminderBanner } from './reminder-banner';
import { TimelineSection } from './timeline-section';
import { getDeviceKey, rememberPopup, takePopupContent, type PopupSnapshot } from './first-paint';
import type { PopupInputs } from './popup-page';
import { UpdatedNote } from './updated-note';
import { useAfterFirstPaint } from './use-after-first-paint';
import { usePopupState } from './use-popup-state';

interface PopupAppProps {
  readonly view: View;
  /** A fingerprint of the stored inputs of `view` (page-gate.tsx). */
  readonly inputs: string;
  /** The extension's version (first-paint.ts). */
  readonly build: string;
  readonly initialPopup: PopupInputs;
  /**
   * Nothing was on screen before this render (no remembered first paint): what is below the fold
   * (the sections, the actions, the footer) waits a frame, so the answer is painted sooner. With a
   * remembered first paint on screen, everything renders at once, replacing it without a change.
   */
  readonly isBelowFoldDeferred: boolean;
  /** In the toolbar popup, or in a tab opened from a notification. */
  readonly request: StatusPageRequest;
  readonly translate: Translate;
  readonly onChangeRegion: () => void;
  readonly onConfirmRegion: () => void;
}

const US_CUT_OFF_ID = 'us-updates-end';

/** The browser check, in the options page. */
const BROWSER_CHECK_PATH = 'src/options.html#kaspersky-check';

/** For readers outside the US rules: why those rules don't bind them, with the US cut-off as context. */
function UsContext({ view: { milestones, now, display }, translate }: { readonly view: View; readonly translate: Translate }) {
  const cutOff = findMilestone(milestones, US_CUT_OFF_ID);
  if (!isAnnounced(cutOff, now)) return null;
  const date = formatMilestoneDate(cutOff, display, translate).display;
  return <p class="context">{translate(isPassed(cutOff, now) ? 'us_context_after' : 'us_context_before', [date])}</p>;
}

function getChecklistIntro({ region, milestones, now }: View): MessageKey {
  if (!isUsRuleRegion(region)) return 'checklist_intro_other';
  return isPassed(findMilestone(milestones, US_CUT_OFF_ID), now) ? 'checklist_intro_us' : 'checklist_intro_before_us';
}

/** The region, and while it was only suggested from the time zone, a way to confirm or change it in one click. */
function RegionBar({ view, translate, onChangeRegion, onConfirmRegion }: Pick<PopupAppProps, 'view' | 'translate' | 'onChangeRegion' | 'onConfirmRegion'>) {
  const regionName = translate(REGION_NAME_KEYS[view.region]);
  const isGuessed = view.isRegionSuggested && view.presetRegion === undefined;
  return (
    <header class="region-bar">
      <span id="region-line">{translate(isGuessed ? 'popup_region_suggested' : 'popup_region', [regionName])}</span>
      {isGuessed && (
        <button type="button" class="link-button" onClick={onConfirmRegion}>
          {translate('popup_region_confirm')}
        </button>
      )}
      <button type="button" class="link-button" onClick={onChangeRegion}>
        {translate('popup_change_region')}
      </button>
    </header>
  );
}

/**
 * The popup, in the order people need it: what happened and whether it affects you; what to do;
 * what it means; the timeline; the products; the common mix-ups; then the summary and calendar.
 */
export function PopupApp({ view, inputs, build, initialPopup, isBelowFoldDeferred, request, translate, onChangeRegion, onConfirmRegion }: PopupAppProps) {
  const isBelowFoldShown = useAfterFirstPaint(isBelowFoldDeferred);
  const { region, now, status, usStatus, display, settings, milestones, checklist } = view;
  const [popupState, updatePopupState] = usePopupState(initialPopup.popupState);
  const text = describeStatus(status, now, translate, display);
  const mixUps = getMixUps(milestones, now);
  // What is on screen when the popup closes (or its tab is hidden) is the next first paint, valid
  // until anything on it changes: copied then, not after every render, so opening costs nothing.
  // A page opened for a reminder shows a banner the toolbar popup does not: it is not remembered.
  const takeSnapshot = useRef<() => PopupSnapshot>(undefined);
  takeSnapshot.current = () => ({
    build,
    environment: getDeviceKey(),
    inputs,
    takenAt: now.getTime(),
    validUntil: view.pageChangesAt?.getTime() ?? null,
    title: document.title,
    content: takePopupContent(document.body, window.innerHeight),
    height: document.documentElement.scrollHeight,
  });
  useEffect(() => {
    if (request.milestoneId) return undefined;
    const remember = (): void => {
      if (document.visibilityState === 'hidden' && takeSnapshot.current) rememberPopup(localStorage, takeSnapshot.current());
    };
    document.addEventListener('visibilitychange', remember);
    return () => document.removeEventListener('visibilitychange', remember);
  }, [request.milestoneId]);
  // Opening the popup is seeing what it shows: the badge's "new" marker goes.
  useEffect(() => {
    if (view.hasNews) void markFactsSeen(region, view.shownFacts);
  }, [view.hasNews, region, view.shownFacts]);
  // A printed checklist shows every group, also when the finished list is folded away on screen.
  useEffect(() => {
    const unfold = (): void => {
      const details = document.querySelector<HTMLDetailsElement>('#checklist-details');
      if (details) details.open = true;
    };
    window.addEventListener('beforeprint', unfold);
    return () => window.removeEventListener('beforeprint', unfold);
  }, []);
  const handleToggle = (id: string, isOpen: boolean): void => {
    updatePopupState((state) => ({ ...state, openSections: toggleId(state.openSections, id, isOpen) }));
  };
  const isOpen = (id: string): boolean => popupState.openSections.includes(id);
  const handleStepChange = (stepId: string, isDone: boolean): void => {
    const step = checklist.groups.flatMap(({ group }) => group.steps).find((candidate) => candidate.id === stepId);
    if (step) void saveStepDone(step.id, isDone ? getStepFingerprint(step, milestones) : undefined);
  };
  const handleSetAside = (groupId: string, isSetAside: boolean): void => {
    void saveGroupSetAside(groupId, isSetAside);
    // The group's buttons change places with their opposite: keep the keyboard on the group.
    requestAnimationFrame(() => document.getElementById(`group-${groupId}`)?.closest('section')?.querySelector<HTMLElement>('button, input')?.focus());
  };

  return (
    <>
      <RegionBar view={view} translate={translate} onChangeRegion={onChangeRegion} onConfirmRegion={onConfirmRegion} />
      <main>
        {request.milestoneId && <ReminderBanner milestoneId={request.milestoneId} milestones={milestones} settings={settings} translate={translate} />}
        <FreshnessNotice now={now} translate={translate} display={display} />
        <UpdatedNote region={region} milestones={milestones} initialReadFacts={initialPopup.readFacts} translate={translate} />
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
        {checklist.hasItems && (
          <ChecklistSection
            checklist={checklist}
            intro={getChecklistIntro(view)}
            milestones={milestones}
            onStepChange={handleStepChange}
            onSetAside={handleSetAside}
            onPrint={() => {
              // A toolbar popup closes when the print dialog takes the focus: print from the status page.
              if (request.isTab) window.print();
              else void openExtensionTab(getStatusPagePath());
            }}
            onCheckBrowser={() => void openExtensionTab(BROWSER_CHECK_PATH)}
            statusPageUrl={getExtensionPageUrl(getStatusPagePath())}
            translate={translate}
            display={display}
          />
        )}
        {isBelowFoldShown && (
          <>
            <CollapsibleSection id="meaning" title={translate('section_meaning')} isOpen={isOpen('meaning')} onToggle={handleToggle}>
              <MeaningSection status={status} milestones={milestones} now={now} translate={translate} display={display} />
            </CollapsibleSection>
            <CollapsibleSection id="timeline" title={translate('section_timeline')} isOpen={isOpen('timeline')} onToggle={handleToggle}>
              <TimelineSection timeline={view.timeline} status={status} usStatus={usStatus} now={now} translate={translate} display={display} />
            </CollapsibleSection>
            <CollapsibleSection id="products" title={translate('section_products')} isOpen={isOpen('products')} onToggle={handleToggle}>
              <ProductsSection region={region} milestones={milestones} translate={translate} display={display} />
            </CollapsibleSection>
            {/* Before the ban was announced there was nothing to mix up (getMixUps). */}
            {mixUps.length > 0 && (
              <CollapsibleSection id="mix-ups" title={translate('section_mixups')} isOpen={isOpen('mix-ups')} onToggle={handleToggle}>
                <MixUpsSection mixUps={mixUps} milestones={milestones} translate={translate} display={display} />
              </CollapsibleSection>
            )}
            <div class="actions">
              <CopySummaryButton getSummary={() => buildStatusSummary(status, now, translate, display)} translate={translate} />
              {/* Only while a date is ahead: a calendar of the past reminds nobody of anything. */}
              {status.next && <CalendarButton region={region} milestones={milestones} now={now} translate={translate} display={display} />}
            </div>
          </>
        )}
      </main>
      {isBelowFoldShown && (
        <footer>
          <p id="reviewed">{translate('popup_reviewed', [formatReviewDate(display.locale)])}</p>
          <p>{translate('unofficial_notice')}</p>
        </footer>
      )}
    </>
  );
}
