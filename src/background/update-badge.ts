import { toBadge } from '../core/badge';
import { describeStatus } from '../core/describe-status';
import { MILESTONES } from '../core/milestones';
import { getEffectiveRegion } from '../core/settings';
import { getStatus } from '../core/status';
import { scheduleUpdateAt } from '../platform/alarms';
import { showBadge } from '../platform/badge';
import { getDisplayContext, translate } from '../platform/i18n';
import { loadSettings } from '../platform/settings-store';

/**
 * The one update: from (data, settings, now) to badge, tooltip and the next wake-up. Idempotent,
 * so every trigger can simply run it again.
 */
export async function updateBadge(now: Date): Promise<void> {
  const settings = await loadSettings();
  const display = getDisplayContext();
  const status = getStatus(MILESTONES, getEffectiveRegion(settings, display.timeZone), now);
  await Promise.all([
    showBadge(toBadge(status), describeStatus(status, translate, display).tooltip),
    scheduleUpdateAt(status.changesAt),
  ]);
}

let pendingUpdate: Promise<void> = Promise.resolve();

/**
 * Runs `updateBadge` after any update already running, so that two triggers arriving together
 * (start-up and a settings change, say) cannot interleave their writes.
 */
export function requestBadgeUpdate(): Promise<void> {
  pendingUpdate = pendingUpdate
    .then(() => updateBadge(new Date()))
    .catch((error: unknown) => console.error('Updating the badge failed', error));
  return pendingUpdate;
}
