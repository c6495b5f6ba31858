import { useRef } from 'preact/hooks';
import type { MessageKey, Translate } from '../core/messages';
import { setMilestoneMuted } from '../core/settings';
import type { Milestone } from '../core/milestone';
import { releasePermission, requestPermission } from '../platform/permissions';
import { SetByOrganisationNote } from './set-by-organisation-note';
import { usePermission } from './use-permission';
import type { SettingsUpdate } from './use-settings';

interface RemindersFieldProps {
  /** With the organisation's policy applied. */
  readonly isEnabled: boolean;
  readonly isLocked: boolean;
  readonly mutedMilestoneIds: readonly string[];
  /** To name the muted milestones. */
  readonly milestones: readonly Milestone[];
  /** Saves a change; says `messageKey` when saved (nothing when absent). */
  readonly save: (update: SettingsUpdate, messageKey?: MessageKey) => void;
  /** Says something in the page's status line. */
  readonly announce: (messageKey: MessageKey) => void;
  readonly translate: Translate;
}

/**
 * Reminders on or off. Turning them on asks the browser for the notifications permission in the
 * same click (browsers grant it only then) and saves the choice at once, so the background sees
 * "on" whenever the grant arrives; turning them off gives the permission back.
 */
export function RemindersField({ isEnabled, isLocked, mutedMilestoneIds, milestones, save, announce, translate }: RemindersFieldProps) {
  const isAllowed = usePermission('notifications');
  // The choice as it is when the browser answers: the reader may untick while its prompt is open.
  const isEnabledNow = useRef(isEnabled);
  isEnabledNow.current = isEnabled;

  const turnOff = (): void => {
    save({ areRemindersEnabled: false });
    void releasePermission('notifications').then(() => {
      announce('options_reminders_off');
    });
  };

  const askForPermission = (): void => {
    void requestPermission('notifications').then((isGranted) => {
      if (!isGranted) {
        if (!isLocked) save({ areRemindersEnabled: false });
        announce('options_reminders_denied');
      } else if (isEnabledNow.current) announce('options_reminders_on');
      else turnOff();
    });
  };

  const handleChange = (event: Event): void => {
    if ((event.currentTarget as HTMLInputElement).checked) {
      isEnabledNow.current = true;
      askForPermission();
      save({ areRemindersEnabled: true });
    } else {
      isEnabledNow.current = false;
      turnOff();
    }
  };

  const mutedMilestones = milestones.filter((milestone) => mutedMilestoneIds.includes(milestone.id));
  const describedBy = ['reminders-help', ...(isLocked ? ['reminders-managed'] : [])].join(' ');
  return (
    <fieldset class="field" id="reminders">
      <legend>{translate('options_reminders_heading')}</legend>
      <div class="field checkbox-field">
        <input id="reminders-enabled" type="checkbox" checked={isEnabled} disabled={isLocked} onChange={handleChange} aria-describedby={describedBy} />
        <label for="reminders-enabled">{translate('options_reminders_label')}</label>
        {isLocked && (
          <SetByOrganisationNote id="reminders-managed" translate={translate} />
        )}
        <p id="reminders-help" class="note">
          {translate('options_reminders_help')}
        </p>
      </div>
      {isEnabled && isAllowed === false && (
        <p class="notice" id="reminders-need-permission">
          {translate('options_reminders_need_permission')}{' '}
          <button type="button" onClick={askForPermission}>
            {translate('options_reminders_allow')}
          </button>
        </p>
      )}
      {mutedMilestones.length > 0 && (
        <div id="muted-reminders">
          <p>{translate('options_muted_heading')}</p>
          <ul class="muted-list">
            {mutedMilestones.map((milestone) => (
              <li key={milestone.id}>
                <span>{translate(milestone.text.title)}</span>{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => save((current) => setMilestoneMuted(current, milestone.id, false), 'options_unmuted')}
                >
                  {translate('options_unmute', [translate(milestone.text.title)])}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
