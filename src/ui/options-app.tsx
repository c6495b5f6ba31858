import { useState } from 'preact/hooks';
import { REGION_NAME_KEYS } from '../core/describe-status';
import type { Translate } from '../core/messages';
import { isRegionId, REGION_IDS, type RegionId } from '../core/regions';
import { getEffectiveRegion, type Settings } from '../core/settings';

interface OptionsAppProps {
  readonly settings: Settings;
  readonly timeZone: string;
  readonly translate: Translate;
  readonly saveRegion: (region: RegionId) => Promise<void>;
}

type SaveState = { readonly kind: 'idle' } | { readonly kind: 'saved'; readonly region: RegionId } | { readonly kind: 'failed' };

export function OptionsApp({ settings, timeZone, translate, saveRegion }: OptionsAppProps) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const region = getEffectiveRegion(settings, timeZone);

  const handleChange = (event: Event): void => {
    const { value } = event.currentTarget as HTMLSelectElement;
    if (!isRegionId(value)) return;
    saveRegion(value).then(
      () => setSaveState({ kind: 'saved', region: value }),
      () => setSaveState({ kind: 'failed' }),
    );
  };

  return (
    <>
    <main>
      <h1>{translate('options_heading')}</h1>
      <div class="field">
        <label for="region">{translate('options_region_label')}</label>
        <select id="region" value={region} onChange={handleChange} aria-describedby={settings.region === undefined ? 'region-help region-suggested' : 'region-help'}>
          {REGION_IDS.map((id) => (
            <option key={id} value={id}>
              {translate(REGION_NAME_KEYS[id])}
            </option>
          ))}
        </select>
        <p id="region-help" class="note">
          {translate('options_region_help')}
        </p>
        {settings.region === undefined && (
          <p id="region-suggested" class="note">
            {translate('options_region_suggested', [timeZone])}
          </p>
        )}
      </div>
      <p role="status" class={saveState.kind === 'failed' ? 'save-state error' : 'save-state'}>
        {saveState.kind === 'saved' && translate('options_saved', [translate(REGION_NAME_KEYS[saveState.region])])}
        {saveState.kind === 'failed' && translate('options_save_failed')}
      </p>
    </main>
    <footer>
      <p>{translate('unofficial_notice')}</p>
    </footer>
    </>
  );
}
