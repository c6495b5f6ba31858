import { useRef } from 'preact/hooks';
import type { MessageKey, Translate } from '../core/messages';
import { setMilestoneMuted } from '../core/settings';
import type { Milestone } from '../core/milestone';
import { releasePermission, requestPermission } from '../platform/permissions';
import { SaveState } from './save-state';
import { SetByOrganisationNote } from './set-by-organisation-note';
import { usePermission } from './use-permission';
import type { ControlGroup, SaveFeedback } from './use-save-feedback';
import type { SettingsUpdate } from './use-settings';

interface RemindersFieldProps {
  /** With the organisation's policy applied. */
  readonly isEnabled: boolean;
  readonly isLocked: boolean;
  readonly mutedMilestoneIds: readonly string[];
  /** To name the muted milestones. */
  readonly milestones: readonly Milestone[];
  /** Saves a change; says `messageKey` beside `group` when saved (nothing when absent). */
  readonly save: (group: ControlGroup, update: SettingsUpdate, messageKey?: MessageKey) => void;
  /** Says something beside `group`. */
  readonly announce: (group: ControlGroup, messageKey: MessageKey) => void;
  /** What the page says now, shown here when it is about the reminders or the muted list. */
  readonly feedback: SaveFeedback | undefined;
  readonly translate: Translate;
}

/**
 * Reminders on or off. Turning them on asks the browser for the notifications permission in the
 * same click (browsers grant it only then) and saves the choice at once, so the background sees
 * "on" whenever the grant arrives; turning them off gives the permission back.
 */
export function RemindersField({ isEnabled, isLocked, mutedMilestoneIds, milestones, save, announce, feedback, translate }: RemindersFieldProps) {
  const isAllowed = usePermission('notifications');
  // The choice as it is when the browser answers: the reader may untick while its prompt is open.
  const isEnabledNow = useRef(isEnabled);
  isEnabledNow.current = isEnabled;

  const turnOff = (): void => {
    save('reminders', { areRemindersEnabled: false });
    void releasePermission('notifications').then(() => {
      announce('reminders', 'options_reminders_off');
    });
  };

  const askForPermission = (): void => {
    void requestPermission('notifications').then((isGranted) => {
      if (!isGranted) {
        if (!isLocked) save('reminders', { areRemindersEnabled: false });
        announce('reminders', 'options_reminders_denied');
      } else if (isEnabledNow.current) announce('reminders', 'options_reminders_on');
      else turnOff();
    });
  };

  const handleChange = (event: Event): void => {
    if ((event.currentTarget as HTMLInputElement).checked) {
      isEnabledNow.current = true;
      askForPermission();
      save('reminders', { areRemindersEnabled: true });
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
        <div class="checkbox-label">
          <label for="reminders-enabled">{translate('options_reminders_label')}</label>
          <SaveState group="reminders" feedback={feedback} translate={translate} />
        </div>
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
                  onClick={() => save('muted-reminders', (current) => setMilestoneMuted(current, milestone.id, false), 'options_unmuted')}
                >
                  {translate('options_unmute', [translate(milestone.text.title)])}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Outside the list: the list goes away with its last entry, the confirmation must not. */}
      <SaveState group="muted-reminders" feedback={feedback} translate={translate} />
    </fieldset>
  );
}
