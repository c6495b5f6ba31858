import type { DisplayContext } from '../core/format-milestone-date';
import { getChecklists } from '../core/checklists';
import type { MessageKey, Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { isUsRuleRegion, type RegionId } from '../core/regions';
import { getStatementText, StatementSources } from './statement-text';

interface TodoSectionProps {
  readonly region: RegionId;
  readonly milestones: readonly Milestone[];
  readonly now: Date;
  readonly hasUpdatesEnded: boolean;
  readonly checkedSteps: readonly string[];
  readonly onStepChange: (stepId: string, isChecked: boolean) => void;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

function getIntro(region: RegionId, hasUpdatesEnded: boolean): MessageKey {
  if (!isUsRuleRegion(region)) return 'todo_intro_other';
  return hasUpdatesEnded ? 'todo_intro_us' : 'todo_intro_before_us';
}

export function TodoSection({ region, milestones, now, hasUpdatesEnded, checkedSteps, onStepChange, translate, display }: TodoSectionProps) {
  return (
    <>
      <p>{translate(getIntro(region, hasUpdatesEnded))}</p>
      <p class="note">{translate('todo_neutral')}</p>
      {getChecklists(milestones, region, now).map((checklist) => (
        <section key={checklist.id} class="checklist" aria-labelledby={`checklist-${checklist.id}`}>
          <h3 id={`checklist-${checklist.id}`}>{translate(checklist.title)}</h3>
          <ul>
            {checklist.steps.map((step) => (
              <li key={step.id}>
                <input
                  type="checkbox"
                  id={`step-${step.id}`}
                  checked={checkedSteps.includes(step.id)}
                  onChange={(event) => {
                    onStepChange(step.id, event.currentTarget.checked);
                  }}
                />
                <label for={`step-${step.id}`}>{getStatementText({ statement: step, milestones, translate, display })}</label>
                <StatementSources statement={step} milestones={milestones} translate={translate} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
