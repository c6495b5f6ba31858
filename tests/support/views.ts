import { CHECKLIST_GROUPS } from '../../src/core/checklist-groups';
import { EMPTY_CHECKLIST_STATE, getStepFingerprint, type ChecklistState, type ChecklistStep } from '../../src/core/checklists';
import { composeView, type BrowserEnvironment, type View } from '../../src/core/compose-view';
import type { Milestone } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import type { Policy } from '../../src/core/policy';
import type { RegionId } from '../../src/core/regions';
import type { SeenFacts } from '../../src/core/seen-facts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

export const LOS_ANGELES_ENVIRONMENT: BrowserEnvironment = { textLanguage: 'en', locales: ['en-US', 'en'], timeZone: 'America/Los_Angeles' };

export interface ViewOptions {
  readonly settings?: Partial<Settings>;
  readonly policy?: Policy;
  readonly environment?: BrowserEnvironment;
  readonly checklistState?: ChecklistState;
  readonly seenFacts?: SeenFacts;
  readonly milestones?: readonly Milestone[];
}

/** The view a reader in `region` gets at `instant`, from the bundled data unless told otherwise. */
export function viewAt(region: RegionId, instant: string | Date, options: ViewOptions = {}): View {
  return composeView({
    storedSettings: { ...DEFAULT_SETTINGS, region, ...options.settings },
    policy: options.policy ?? {},
    environment: options.environment ?? LOS_ANGELES_ENVIRONMENT,
    checklistState: options.checklistState ?? EMPTY_CHECKLIST_STATE,
    seenFacts: options.seenFacts ?? {},
    now: typeof instant === 'string' ? new Date(instant) : instant,
    milestones: options.milestones ?? MILESTONES,
    checklistGroups: CHECKLIST_GROUPS,
  });
}

/** The marks of a reader who ticked every step of the view's checklist (under today's facts). */
export function withEveryStepDone(view: View): ChecklistState {
  const steps = view.checklist.groups.flatMap(({ group }) => group.steps);
  return steps.reduce<ChecklistState>(
    (state, step) => ({ ...state, doneSteps: { ...state.doneSteps, [step.id]: getFingerprintOf(view, step.id) } }),
    EMPTY_CHECKLIST_STATE,
  );
}

function getFingerprintOf(view: View, stepId: string): string {
  const step = view.checklist.groups.flatMap(({ group }) => group.steps).find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`No step ${stepId}`);
  return getStepFingerprint(step, view.milestones);
}

/** The marks with one step ticked (under the facts it rests on now) or unticked. */
export function markStep(state: ChecklistState, step: ChecklistStep, milestones: readonly Milestone[], isDone: boolean): ChecklistState {
  const others = Object.fromEntries(Object.entries(state.doneSteps).filter(([id]) => id !== step.id));
  return { ...state, doneSteps: isDone ? { ...others, [step.id]: getStepFingerprint(step, milestones) } : others };
}

/** The marks with a group set aside ("Doesn't apply to me") or brought back ("Undo"). */
export function setGroupAside(state: ChecklistState, groupId: string, isSetAside: boolean): ChecklistState {
  const others = state.setAsideGroups.filter((id) => id !== groupId);
  return { ...state, setAsideGroups: isSetAside ? [...others, groupId] : others };
}
