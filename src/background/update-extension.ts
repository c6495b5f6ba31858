import { min } from 'date-fns';
import { toBadge } from '../core/badge';
import { getTooltip } from '../core/describe-status';
import { resolveLanguage } from '../core/language';
import { MILESTONES } from '../core/milestones';
import { applyPolicy } from '../core/policy';
import { getEffectiveRegion } from '../core/settings';
import { getStatus } from '../core/status';
import { scheduleUpdateAt } from '../platform/alarms';
import { showBadge } from '../platform/badge';
import { getBrowserTextLanguage, getDisplayContext } from '../platform/i18n';
import { loadPolicy } from '../platform/policy-store';
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

/**
 * The one update: from (data, settings, policy, now) to badge, tooltip, due reminders and the
 * next wake-up. Idempotent, so every trigger can simply run it again.
 */
export async function updateExtension(now: Date, { releasesUnusedPermission = false }: UpdateOptions = {}): Promise<void> {
  const [storedSettings, policy] = await Promise.all([loadSettings(), loadPolicy()]);
  const { settings, presetRegion } = applyPolicy(storedSettings, policy);
  const language = resolveLanguage(settings.language, getBrowserTextLanguage());
  const translate = WORKER_TRANSLATORS[language];
  const display = getDisplayContext(language);
  const region = getEffectiveRegion(settings, display.timeZone, presetRegion);
  const status = getStatus(MILESTONES, region, now);
  const [, nextReminderAt] = await Promise.all([
    showBadge(toBadge(status, settings.isBadgeShown), getTooltip(status, translate, display)),
    updateReminders({ now, releasesUnusedPermission, region, settings, translate, display }),
  ]);
  const changes = [status.changesAt, nextReminderAt].filter((change) => change !== undefined);
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
