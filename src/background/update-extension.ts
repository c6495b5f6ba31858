import { min } from 'date-fns';
import { toBadge } from '../core/badge';
import { getTooltip } from '../core/describe-status';
import type { DisplayContext } from '../core/format-milestone-date';
import { resolveLanguage } from '../core/language';
import type { Translate } from '../core/messages';
import { MILESTONES } from '../core/milestones';
import { applyPolicy, type Policy } from '../core/policy';
import type { RegionId } from '../core/regions';
import { getEffectiveRegion, type Settings } from '../core/settings';
import { getStatus, type RegionStatus } from '../core/status';
import { scheduleUpdateAt } from '../platform/alarms';
import { showBadge } from '../platform/badge';
import { getBrowserTextLanguage, getDisplayContext } from '../platform/i18n';
import { loadCachedPolicy, loadPolicy } from '../platform/policy-store';
import { loadSettings } from '../platform/settings-store';
import { updateReminders } from './update-reminders';
import { WORKER_TRANSLATORS } from './worker-translators';

export interface UpdateOptions {
  /**
   * Give back the notifications permission when reminders are off: after a change of the settings
   * or the policy, and at browser start. Never on the update a new grant itself triggers: the
   * options page asks for the permission and saves "on" in the same click, and the grant may
   * arrive first.
   */
  readonly releasesUnusedPermission?: boolean;
}

interface View {
  readonly settings: Settings;
  readonly region: RegionId;
  readonly status: RegionStatus;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** What the toolbar shows for these settings under this policy at `now`. */
function computeView(storedSettings: Settings, policy: Policy, now: Date): View {
  const { settings, presetRegion } = applyPolicy(storedSettings, policy);
  const language = resolveLanguage(settings.language, getBrowserTextLanguage());
  const display = getDisplayContext(language);
  const region = getEffectiveRegion(settings, display.timeZone, presetRegion);
  return { settings, region, status: getStatus(MILESTONES, region, now), translate: WORKER_TRANSLATORS[language], display };
}

function drawToolbar({ settings, status, translate, display }: View): Promise<void> {
  return showBadge(toBadge(status, settings.isBadgeShown), getTooltip(status, translate, display));
}

/**
 * The one update: from (data, settings, policy, now) to badge, tooltip, due reminders and the
 * next wake-up. Idempotent, so every trigger can simply run it again. The toolbar is drawn first
 * with the policy as last read, since the browser may take seconds to answer the first policy
 * read of a session (policy-store.ts), and drawn again should the policy have changed.
 */
export async function updateExtension(now: Date, { releasesUnusedPermission = false }: UpdateOptions = {}): Promise<void> {
  const [storedSettings, cachedPolicy] = await Promise.all([loadSettings(), loadCachedPolicy()]);
  const firstView = computeView(storedSettings, cachedPolicy, now);
  // A wake-up is in place even if the worker stops during the policy read. Never cleared here: the
  // final one below decides, with the reminders (which fall on status changes anyway).
  const { changesAt: firstChangesAt } = firstView.status;
  await Promise.all([drawToolbar(firstView), firstChangesAt ? scheduleUpdateAt(firstChangesAt) : Promise.resolve()]);

  const policy = await loadPolicy();
  const view = JSON.stringify(policy) === JSON.stringify(cachedPolicy) ? firstView : computeView(storedSettings, policy, now);
  const [, nextReminderAt] = await Promise.all([
    view === firstView ? Promise.resolve() : drawToolbar(view),
    updateReminders({ now, releasesUnusedPermission, ...view }),
  ]);
  const changes = [view.status.changesAt, nextReminderAt].filter((change) => change !== undefined);
  await scheduleUpdateAt(changes.length > 0 ? min(changes) : undefined);
}

let pendingUpdate: Promise<void> = Promise.resolve();

/**
 * Runs `updateExtension` after any update already running, so that two triggers arriving
 * together (start-up and a settings change, say) cannot interleave their writes.
 */
export function requestUpdate(options: UpdateOptions = {}): Promise<void> {
  pendingUpdate = pendingUpdate
    .then(() => updateExtension(new Date(), options))
    .catch((error: unknown) => {
      console.error('Updating the extension failed', error);
    });
  return pendingUpdate;
}
