import { useEffect, useRef, useState } from 'preact/hooks';
import type { View } from '../core/compose-view';
import { isLanguageChoice, LANGUAGE_CHOICES, type LanguageChoice } from '../core/language';
import type { MessageKey, Translate } from '../core/messages';
import type { ManagedSettingName } from '../core/policy';
import { isRegionId, REGION_IDS, REGION_NAME_KEYS } from '../core/regions';
import type { Settings } from '../core/settings';
import { isTheme, THEMES, type Theme } from '../core/theme';
import { clearChecklistState } from '../platform/checklist-store';
import { releasePermission } from '../platform/permissions';
import type { SettingsUpdate } from './use-settings';
import { BrowserCheck } from './browser-check';
import { SetByOrganisationNote } from './set-by-organisation-note';
import { RemindersField } from './reminders-field';
import { SaveState } from './save-state';
import { useSaveFeedback, type ControlGroup } from './use-save-feedback';

interface OptionsAppProps {
  readonly view: View;
  readonly translate: Translate;
  readonly save: (update: SettingsUpdate) => Promise<Settings>;
  readonly reset: () => Promise<void>;
}

const LANGUAGE_NAME_KEYS: Readonly<Record<LanguageChoice, MessageKey>> = {
  browser: 'options_language_browser',
  en: 'language_name_en',
  id: 'language_name_id',
  es: 'language_name_es',
};

/** Each shipped language is named in itself, so a reader finds theirs whatever is shown now. */
const LANGUAGE_TAGS: Readonly<Record<LanguageChoice, string | undefined>> = { browser: undefined, en: 'en', id: 'id', es: 'es' };

const THEME_NAME_KEYS: Readonly<Record<Theme, MessageKey>> = {
  system: 'options_theme_system',
  light: 'options_theme_light',
  dark: 'options_theme_dark',
};

export function OptionsApp({ view, translate, save: saveSettings, reset: resetSettings }: OptionsAppProps) {
  const { feedback, begin } = useSaveFeedback();
  const { settings, lockedByPolicy, presetRegion, region, isRegionSuggested, display } = view;
  const { timeZone } = display;
  const isLocked = (name: ManagedSettingName): boolean => lockedByPolicy.includes(name);

  /** Saves at once; says `messageKey` beside `group` when saved (nothing when it is left out), or that it failed. */
  const save = (group: ControlGroup, update: SettingsUpdate, messageKey?: MessageKey, substitutions?: readonly string[]): void => {
    // Cleared first (begin): a second identical confirmation is then written anew, so it is announced again.
    const outcome = begin(group);
    saveSettings(update).then(
      () => {
        if (messageKey) outcome.confirm(messageKey, substitutions);
      },
      () => {
        outcome.fail();
      },
    );
  };

  const handleRegionChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLSelectElement;
    if (isRegionId(value)) save('region', { region: value }, 'options_saved_region', [translate(REGION_NAME_KEYS[value])]);
  };

  const handleLanguageChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLSelectElement;
    if (isLanguageChoice(value)) save('language', { language: value }, 'options_saved');
  };

  const handleThemeChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLInputElement;
    if (isTheme(value)) save('theme', { theme: value }, 'options_saved');
  };

  const handleBadgeChange = (event: Event): void => {
    save('badge', { isBadgeShown: (event.currentTarget as HTMLInputElement).checked }, 'options_saved');
  };

  const [isResetAsked, setResetAsked] = useState(false);
  // The question and the reset button take each other's place: the keyboard moves with them, to
  // Cancel (the safe answer) or back to the reset button; not on the first render, where
  // nothing was asked.
  const resetButtonRef = useRef<HTMLButtonElement>(null);
  const cancelResetRef = useRef<HTMLButtonElement>(null);
  const hasResetBeenAsked = useRef(false);
  useEffect(() => {
    if (isResetAsked) hasResetBeenAsked.current = true;
    if (hasResetBeenAsked.current) (isResetAsked ? cancelResetRef : resetButtonRef).current?.focus();
  }, [isResetAsked]);
  const handleReset = (): void => {
    setResetAsked(false);
    const outcome = begin('reset');
    // Reminders are off by default: the permission they needed goes back with them, unless the
    // organisation keeps them on.
    if (!isLocked('areRemindersEnabled')) void releasePermission('notifications');
    Promise.all([resetSettings(), clearChecklistState()]).then(
      () => {
        outcome.confirm('options_reset_done');
      },
      () => {
        outcome.fail();
      },
    );
  };

  const isSuggested = isRegionSuggested;
  const regionNoteIds = [
    'region-help',
    ...(isLocked('region') ? ['region-managed'] : []),
    ...(isSuggested && !isLocked('region') ? ['region-suggested'] : []),
  ];
  return (
    <>
      <main>
        <h1>{translate('options_heading')}</h1>

        <div class="field">
          <label for="region">{translate('options_region_label')}</label>
          {/* The confirmation right beside the control, where the eyes already are. */}
          <div class="control-row">
            <select id="region" value={region} onChange={handleRegionChange} disabled={isLocked('region')} aria-describedby={regionNoteIds.join(' ')}>
              {REGION_IDS.map((id) => (
                <option key={id} value={id}>
                  {translate(REGION_NAME_KEYS[id])}
                </option>
              ))}
            </select>
            <SaveState group="region" feedback={feedback} translate={translate} />
          </div>
          {isLocked('region') && (
            <SetByOrganisationNote id="region-managed" translate={translate} />
          )}
          <p id="region-help" class="note">
            {translate('options_region_help')}
          </p>
          {isSuggested && !isLocked('region') && (
            <p id="region-suggested" class="note">
              {presetRegion ? translate('options_region_preset') : translate('options_region_picked', [translate(REGION_NAME_KEYS[region]), timeZone])}{' '}
              {!presetRegion && (
                <>
                  <button type="button" class="link-button" onClick={() => document.getElementById('region')?.focus()}>
                    {translate('options_region_change')}
                  </button>{' '}
                </>
              )}
              <button type="button" class="link-button" onClick={() => save('region', { region }, 'options_saved_region', [translate(REGION_NAME_KEYS[region])])}>
                {translate('options_region_confirm', [translate(REGION_NAME_KEYS[region])])}
              </button>
            </p>
          )}
        </div>

        <div class="field">
          <label for="language">{translate('options_language_label')}</label>
          <div class="control-row">
            <select id="language" value={settings.language} onChange={handleLanguageChange} aria-describedby="language-help">
              {LANGUAGE_CHOICES.map((choice) => (
                <option key={choice} value={choice} lang={LANGUAGE_TAGS[choice]}>
                  {translate(LANGUAGE_NAME_KEYS[choice])}
                </option>
              ))}
            </select>
            <SaveState group="language" feedback={feedback} translate={translate} />
          </div>
          <p id="language-help" class="note">
            {translate('options_language_help')}
          </p>
        </div>

        <fieldset class="field">
          <legend>{translate('options_theme_label')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="radio">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={handleThemeChange} />{' '}
              {translate(THEME_NAME_KEYS[theme])}
            </label>
          ))}
          <SaveState group="theme" feedback={feedback} translate={translate} />
        </fieldset>

        {/* What may get your attention: the badge and the reminders, together. */}
        <fieldset class="field group" id="alerts">
          <legend>{translate('options_alerts_heading')}</legend>
          <div class="field checkbox-field">
            <input
              id="badge"
              type="checkbox"
              checked={settings.isBadgeShown}
              disabled={isLocked('isBadgeShown')}
              onChange={handleBadgeChange}
              aria-describedby={isLocked('isBadgeShown') ? 'badge-managed badge-help' : 'badge-help'}
            />
            <div class="checkbox-label">
              <label for="badge">{translate('options_badge_label')}</label>
              <SaveState group="badge" feedback={feedback} translate={translate} />
            </div>
            {isLocked('isBadgeShown') && (
              <SetByOrganisationNote id="badge-managed" translate={translate} />
            )}
            <p id="badge-help" class="note">
              {translate('options_badge_help')}
            </p>
          </div>

          <RemindersField
            isEnabled={settings.areRemindersEnabled}
            isLocked={isLocked('areRemindersEnabled')}
            mutedMilestoneIds={settings.mutedMilestoneIds}
            milestones={view.milestones}
            save={save}
            announce={(group, messageKey) => begin(group).confirm(messageKey)}
            feedback={feedback}
            translate={translate}
          />
          {!view.status.next && (
            <p class="note" id="reminders-nothing-ahead">
              {translate('options_reminders_nothing_ahead')}
            </p>
          )}
        </fieldset>

        <BrowserCheck milestones={view.milestones} translate={translate} display={display} />

        <div class="field">
          {isResetAsked ? (
            <div class="confirm" role="group" aria-labelledby="reset-confirm">
              <p id="reset-confirm">{translate('options_reset_confirm')}</p>
              <button type="button" onClick={handleReset}>
                {translate('options_reset_confirm_yes')}
              </button>{' '}
              <button type="button" onClick={() => setResetAsked(false)} ref={cancelResetRef}>
                {translate('options_reset_cancel')}
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setResetAsked(true)} aria-describedby="reset-help" ref={resetButtonRef}>
              {translate('options_reset')}
            </button>
          )}
          <SaveState group="reset" feedback={feedback} translate={translate} />
          <p id="reset-help" class="note">
            {translate('options_reset_help')}
          </p>
        </div>

      </main>
      <footer>
        <p>{translate('unofficial_notice')}</p>
      </footer>
    </>
  );
}
