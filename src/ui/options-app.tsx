import { useState } from 'preact/hooks';
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

type Feedback = { readonly kind: 'none' } | { readonly kind: 'saved'; readonly messageKey: MessageKey; readonly substitutions?: readonly string[] } | { readonly kind: 'failed' };

export function OptionsApp({ view, translate, save: saveSettings, reset: resetSettings }: OptionsAppProps) {
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' });
  const { settings, lockedByPolicy, presetRegion, region, isRegionSuggested, display } = view;
  const { timeZone } = display;
  const isLocked = (name: ManagedSettingName): boolean => lockedByPolicy.includes(name);

  const announce = (messageKey: MessageKey, substitutions?: readonly string[]): void => {
    setFeedback({ kind: 'saved', messageKey, ...(substitutions ? { substitutions } : {}) });
  };

  /** Saves at once; says `messageKey` when saved, or nothing when it is left out. */
  const save = (update: SettingsUpdate, messageKey?: MessageKey, substitutions?: readonly string[]): void => {
    // Cleared first, so a second identical confirmation is written anew and announced again.
    setFeedback({ kind: 'none' });
    saveSettings(update).then(
      () => {
        if (messageKey) announce(messageKey, substitutions);
      },
      () => {
        setFeedback({ kind: 'failed' });
      },
    );
  };

  const handleRegionChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLSelectElement;
    if (isRegionId(value)) save({ region: value }, 'options_saved_region', [translate(REGION_NAME_KEYS[value])]);
  };

  const handleLanguageChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLSelectElement;
    if (isLanguageChoice(value)) save({ language: value }, 'options_saved');
  };

  const handleThemeChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLInputElement;
    if (isTheme(value)) save({ theme: value }, 'options_saved');
  };

  const handleBadgeChange = (event: Event): void => {
    save({ isBadgeShown: (event.currentTarget as HTMLInputElement).checked }, 'options_saved');
  };

  const [isResetAsked, setResetAsked] = useState(false);
  const handleReset = (): void => {
    setResetAsked(false);
    setFeedback({ kind: 'none' });
    // Reminders are off by default: the permission they needed goes back with them, unless the
    // organisation keeps them on.
    if (!isLocked('areRemindersEnabled')) void releasePermission('notifications');
    Promise.all([resetSettings(), clearChecklistState()]).then(
      () => {
        setFeedback({ kind: 'saved', messageKey: 'options_reset_done' });
      },
      () => {
        setFeedback({ kind: 'failed' });
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
        {/* Right under the heading, so the confirmation is seen as well as announced. */}
        <p role="status" class={feedback.kind === 'failed' ? 'save-state error' : 'save-state'}>
          {feedback.kind === 'saved' && translate(feedback.messageKey, feedback.substitutions)}
          {feedback.kind === 'failed' && translate('options_save_failed')}
        </p>

        <div class="field">
          <label for="region">{translate('options_region_label')}</label>
          <select id="region" value={region} onChange={handleRegionChange} disabled={isLocked('region')} aria-describedby={regionNoteIds.join(' ')}>
            {REGION_IDS.map((id) => (
              <option key={id} value={id}>
                {translate(REGION_NAME_KEYS[id])}
              </option>
            ))}
          </select>
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
              <button type="button" class="link-button" onClick={() => save({ region }, 'options_saved_region', [translate(REGION_NAME_KEYS[region])])}>
                {translate('options_region_confirm', [translate(REGION_NAME_KEYS[region])])}
              </button>
            </p>
          )}
        </div>

        <div class="field">
          <label for="language">{translate('options_language_label')}</label>
          <select id="language" value={settings.language} onChange={handleLanguageChange} aria-describedby="language-help">
            {LANGUAGE_CHOICES.map((choice) => (
              <option key={choice} value={choice} lang={LANGUAGE_TAGS[choice]}>
                {translate(LANGUAGE_NAME_KEYS[choice])}
              </option>
            ))}
          </select>
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
            <label for="badge">{translate('options_badge_label')}</label>
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
            announce={announce}
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
              <button type="button" onClick={() => setResetAsked(false)}>
                {translate('options_reset_cancel')}
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setResetAsked(true)} aria-describedby="reset-help">
              {translate('options_reset')}
            </button>
          )}
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
