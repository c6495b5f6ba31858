import { toBadge } from '../core/badge';
import { getTooltip } from '../core/describe-status';
import { resolveLanguage } from '../core/language';
import { MILESTONES } from '../core/milestones';
import { getEffectiveRegion } from '../core/settings';
import { getStatus } from '../core/status';
import { scheduleUpdateAt } from '../platform/alarms';
import { showBadge } from '../platform/badge';
import { getBrowserTextLanguage, getDisplayContext } from '../platform/i18n';
import { loadSettings } from '../platform/settings-store';
import { TOOLTIP_TRANSLATORS } from './tooltip-translators';

/**
 * The one update: from (data, settings, now) to badge, tooltip and the next wake-up. Idempotent,
 * so every trigger can simply run it again.
 */
export async function updateBadge(now: Date): Promise<void> {
  const settings = await loadSettings();
  const language = resolveLanguage(settings.language, getBrowserTextLanguage());
  const display = getDisplayContext(language);
  const status = getStatus(MILESTONES, getEffectiveRegion(settings, display.timeZone), now);
  await Promise.all([
    showBadge(toBadge(status, settings.isBadgeShown), getTooltip(status, TOOLTIP_TRANSLATORS[language], display)),
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
    .catch((error: unknown) => {
      console.error('Updating the badge failed', error);
    });
  return pendingUpdate;
}
