import { min } from 'date-fns';
import { toBadge } from '../core/badge';
import type { ChecklistGroupFacts, ChecklistState } from '../core/checklists';
import { composeView, type BackgroundView } from '../core/compose-view';
import { getTooltip } from '../core/describe-status';
import type { MilestoneFacts } from '../core/milestone';
import type { Policy } from '../core/policy';
import type { SeenFacts } from '../core/seen-facts';
import type { Settings } from '../core/settings';
import { scheduleUpdateAt } from '../platform/alarms';
import { showBadge } from '../platform/badge';
import { loadAndRepairChecklistState } from '../platform/checklist-store';
import { readBrowserEnvironment } from '../platform/i18n';
import { keepPolicyCopy, loadCachedPolicy, loadPolicy } from '../platform/policy-store';
import { loadSeenFacts } from '../platform/seen-facts-store';
import { loadAndRepairSettings } from '../platform/settings-store';
import { updateReminders } from './update-reminders';
import { WORKER_TRANSLATORS } from './worker-translators';

export interface RecomputeOptions {
  /**
   * Give back the notifications permission when reminders are off: after a change of the settings
   * or the policy, and at browser start. Never on the update a new grant itself triggers: the
   * options page asks for the permission and saves "on" in the same click, and the grant may
   * arrive first.
   */
  readonly releasesUnusedPermission?: boolean;
  /** The administrator changed the policy: read it anew rather than join a read already running. */
  readonly isPolicyChanged?: boolean;
}

/** The data the background ships: the facts of the milestones and of the checklist (scripts/background-data-plugin.ts). */
export interface BackgroundData {
  readonly milestones: readonly MilestoneFacts[];
  readonly checklistGroups: readonly ChecklistGroupFacts[];
}

interface StoredState {
  readonly storedSettings: Settings;
  readonly checklistState: ChecklistState;
  readonly seenFacts: SeenFacts;
}

/** Everything the badge depends on that the reader keeps: settings, checklist marks, what was seen. */
async function loadStoredState({ checklistGroups }: BackgroundData): Promise<StoredState> {
  const [storedSettings, checklistState, seenFacts] = await Promise.all([loadAndRepairSettings(), loadAndRepairChecklistState(checklistGroups), loadSeenFacts()]);
  return { storedSettings, checklistState, seenFacts };
}

function composeBackgroundView(data: BackgroundData, stored: StoredState, policy: Policy, now: Date): BackgroundView {
  return composeView({ ...stored, ...data, policy, environment: readBrowserEnvironment(), now });
}

function drawToolbar(view: BackgroundView): Promise<void> {
  return showBadge(toBadge(view), getTooltip(view, WORKER_TRANSLATORS[view.language]));
}

/**
 * The toolbar from the settings as stored now and the policy as last read: fast, so a change of
 * the settings shows at once, whatever the browser's policy service is doing. Its wake-up is in
 * place even if the worker stops before the rest of the update; it is never cleared here (the
 * full update decides, with the reminders).
 */
async function drawWithKnownPolicy(data: BackgroundData, now: Date, knownPolicy: Policy | undefined): Promise<void> {
  const [stored, policy] = await Promise.all([loadStoredState(data), knownPolicy ?? loadCachedPolicy()]);
  const view = composeBackgroundView(data, stored, policy, now);
  await Promise.all([drawToolbar(view), view.status.changesAt ? scheduleUpdateAt(view.status.changesAt) : Promise.resolve()]);
}

/**
 * The full update, from (data, settings, policy, now) to badge, tooltip, due reminders and the
 * next wake-up. Idempotent, so every trigger can simply run it again.
 */
export async function recompute(data: BackgroundData, now: Date, policy: Policy, { releasesUnusedPermission = false }: RecomputeOptions = {}): Promise<void> {
  const view = composeBackgroundView(data, await loadStoredState(data), policy, now);
  const [, nextReminderAt] = await Promise.all([
    drawToolbar(view),
    updateReminders({ now, milestones: view.milestones, releasesUnusedPermission, region: view.region, settings: view.settings, translate: WORKER_TRANSLATORS[view.language], display: view.display }),
  ]);
  const changes = [view.status.changesAt, nextReminderAt].filter((change) => change !== undefined);
  await scheduleUpdateAt(changes.length > 0 ? min(changes) : undefined);
}

export interface BackgroundQueue {
  /** Runs the update for a trigger; resolves when it has finished. */
  readonly requestRecompute: (options?: RecomputeOptions) => Promise<void>;
  /** Resolves when every update asked for so far has finished, without asking for one. */
  readonly whenIdle: () => Promise<void>;
}

function logFailure(error: unknown): void {
  console.error('Updating the badge and reminders failed', error);
}

/**
 * The worker's updates for the data it ships, in two queues so that two triggers arriving together
 * cannot interleave their writes: the toolbar is drawn at once from the policy as last read, and
 * the full update (reminders, the real policy) follows, one after another. A slow policy read
 * therefore never delays showing a settings change. Failures are logged, and the next trigger
 * runs anew.
 */
export function createBackgroundQueue(data: BackgroundData): BackgroundQueue {
  /** The policy as this worker last read it. Chromium may take seconds to answer the first read of a session (policy-store.ts). */
  let knownPolicy: Policy | undefined;
  let runningPolicyRead: Promise<Policy> | undefined;
  let drawing: Promise<void> = Promise.resolve();
  let finishing: Promise<void> = Promise.resolve();

  const readPolicy = (isPolicyChanged: boolean): Promise<Policy> => {
    if (isPolicyChanged || !runningPolicyRead) {
      const read = loadPolicy({ reportsProblems: true }).then(async (policy) => {
        knownPolicy = policy;
        await keepPolicyCopy(policy);
        return policy;
      });
      runningPolicyRead = read;
      void read.finally(() => {
        if (runningPolicyRead === read) runningPolicyRead = undefined;
      });
    }
    return runningPolicyRead;
  };

  const requestRecompute = ({ isPolicyChanged = false, ...options }: RecomputeOptions = {}): Promise<void> => {
    const now = new Date();
    const drawn = drawing.then(() => drawWithKnownPolicy(data, now, isPolicyChanged ? undefined : knownPolicy)).catch(logFailure);
    drawing = drawn;
    const finished = finishing
      .then(async () => {
        const policy = await readPolicy(isPolicyChanged);
        await drawn;
        await recompute(data, new Date(), policy, options);
      })
      .catch(logFailure);
    finishing = finished;
    return finished;
  };

  return { requestRecompute, whenIdle: () => Promise.all([drawing, finishing]).then(() => undefined) };
}
