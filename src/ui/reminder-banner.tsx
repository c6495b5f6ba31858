import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { setMilestoneMuted, type Settings } from '../core/settings';
import { saveSettings } from '../platform/settings-store';

interface ReminderBannerProps {
  readonly milestoneId: string;
  readonly milestones: readonly Milestone[];
  readonly settings: Settings;
  readonly translate: Translate;
}

/**
 * On the status page a reminder opened: which milestone it was about, and "don't remind me about
 * this" (the notification itself has that button only in Chrome).
 */
export function ReminderBanner({ milestoneId, milestones, settings, translate }: ReminderBannerProps) {
  const [isMutedHere, setMutedHere] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const milestone = milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) return null;
  const isMuted = isMutedHere || settings.mutedMilestoneIds.includes(milestoneId);
  const handleMute = (): void => {
    setMutedHere(true);
    // The button goes away: focus its confirmation instead of dropping to the page.
    requestAnimationFrame(() => statusRef.current?.focus());
    void saveSettings((current) => setMilestoneMuted(current, milestoneId, true));
  };
  return (
    <section class="notice" id="reminder-banner" aria-labelledby="reminder-banner-text">
      <p id="reminder-banner-text">{translate('reminder_banner', [translate(milestone.text.title)])}</p>
      {/* In the page from the start, so screen readers announce the confirmation when it appears. */}
      <p role="status" ref={statusRef} tabIndex={-1}>
        {isMuted && translate('reminder_muted')}
      </p>
      {!isMuted && (
        <button type="button" onClick={handleMute}>
          {translate('reminder_mute')}
        </button>
      )}
    </section>
  );
}
