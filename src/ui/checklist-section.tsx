import { COMPARE_PROTECTION, SCAM_WARNING } from '../core/checklist-groups';
import type { ChecklistProgress, GroupProgress } from '../core/checklists';
import type { DisplayContext } from '../core/format-milestone-date';
import type { MessageKey, Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { getStatementText, StatementSources, StatementText } from './statement-text';

interface ChecklistSectionProps {
  readonly checklist: ChecklistProgress;
  readonly intro: MessageKey;
  readonly milestones: readonly Milestone[];
  readonly onStepChange: (stepId: string, isDone: boolean) => void;
  readonly onSetAside: (groupId: string, isSetAside: boolean) => void;
  /** Prints the checklist (or opens the status page, where printing works, from the toolbar popup). */
  readonly onPrint: () => void;
  /** Opens the check of this browser for Kaspersky extensions, in the options page. */
  readonly onCheckBrowser: () => void;
  /** The status page's address, printed in place of the sources. */
  readonly statusPageUrl: string;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

interface GroupProps extends Omit<ChecklistSectionProps, 'checklist' | 'intro' | 'onPrint' | 'onCheckBrowser' | 'statusPageUrl'> {
  readonly progress: GroupProgress;
}

/** One group: its steps with tick boxes, or a line saying the reader set it aside, with Undo. */
function ChecklistGroupItem({ progress, milestones, onStepChange, onSetAside, translate, display }: GroupProps) {
  const { group, isSetAside, doneStepIds, isOpen } = progress;
  const headingId = `group-${group.id}`;
  const title = translate(group.title);
  return (
    <section class={`checklist-group${isOpen ? '' : ' is-done'}`} id={`checklist-group-${group.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}{' '}
        {!isSetAside && (
          <span class="group-progress">
            {doneStepIds.length === group.steps.length ? (
              <>
                <span aria-hidden="true">✓ </span>
                {translate('checklist_group_done')}
              </>
            ) : (
              translate('checklist_progress', [String(doneStepIds.length), String(group.steps.length)])
            )}
          </span>
        )}
      </h3>
      {isSetAside ? (
        <p class="set-aside">
          {translate('checklist_set_aside')}{' '}
          <button type="button" class="link-button" aria-label={translate('checklist_undo_label', [title])} onClick={() => onSetAside(group.id, false)}>
            {translate('checklist_undo')}
          </button>
        </p>
      ) : (
        <>
          <ul class="steps">
            {group.steps.map((step) => (
              <li key={step.id}>
                <input
                  type="checkbox"
                  id={`step-${step.id}`}
                  checked={doneStepIds.includes(step.id)}
                  onChange={(event) => {
                    onStepChange(step.id, event.currentTarget.checked);
                  }}
                />
                <label for={`step-${step.id}`}>{getStatementText({ statement: step, milestones, translate, display })}</label>
                <StatementSources statement={step} milestones={milestones} translate={translate} display={display} />
              </li>
            ))}
          </ul>
          {group.note && <p class="note">{translate(group.note)}</p>}
          <button type="button" class="not-for-me" aria-label={translate('checklist_not_for_me_label', [title])} onClick={() => onSetAside(group.id, true)}>
            {translate('checklist_not_for_me')}
          </button>
        </>
      )}
    </section>
  );
}

/**
 * "What to do": the reader's own status. While anything is open it is expanded, right after the
 * headline; once every group is done or set aside, one calm line says so and the list folds away,
 * still there to untick or undo.
 */
export function ChecklistSection({ checklist, intro, onPrint, onCheckBrowser, statusPageUrl, ...groupProps }: ChecklistSectionProps) {
  const { translate, display, milestones } = groupProps;
  const groups = (
    <>
      <p>{translate(intro)}</p>
      <p class="note">
        {translate('todo_neutral')} <StatementText statement={COMPARE_PROTECTION} milestones={milestones} translate={translate} display={display} />
      </p>
      {/* One box for the groups alone: on paper they run in two columns, under the full-width intro. */}
      <div class="checklist-groups">
        {checklist.groups.map((progress) => (
          <ChecklistGroupItem key={progress.group.id} progress={progress} {...groupProps} />
        ))}
      </div>
      <p class="notice scam-warning">
        <span aria-hidden="true">⚠ </span>
        <StatementText statement={SCAM_WARNING} milestones={milestones} translate={translate} display={display} />
      </p>
      <p class="checklist-actions">
        <button type="button" onClick={onPrint}>
          {translate('checklist_print')}
        </button>{' '}
        <button type="button" class="link-button" onClick={onCheckBrowser}>
          {translate('checklist_check_browser')}
        </button>
      </p>
      <p class="print-only">{translate('print_status_link', [statusPageUrl])}</p>
    </>
  );
  if (checklist.openGroupCount > 0) {
    return (
      <section class="checklist" id="checklist" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{translate('checklist_heading')}</h2>
        {groups}
      </section>
    );
  }
  return (
    <section class="checklist is-all-set" id="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" class="visually-hidden">
        {translate('checklist_heading')}
      </h2>
      <p class="all-set" id="all-set">
        <span aria-hidden="true">✓ </span>
        {translate('checklist_all_set')}
      </p>
      <details class="section" id="checklist-details">
        <summary>{translate('checklist_show_steps')}</summary>
        <div class="section-body">{groups}</div>
      </details>
    </section>
  );
}
