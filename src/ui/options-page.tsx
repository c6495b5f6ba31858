import { resetSettings, saveSettings } from '../platform/settings-store';
import { OptionsApp } from './options-app';
import { PageGate } from './page-gate';

/** The options page once its settings, policy and language are loaded, saving to storage. */
export function OptionsPage() {
  return (
    <PageGate titleKey="options_page_title">
      {({ stored, policy }, { translate, display }) => (
        <OptionsApp settings={stored} policy={policy} translate={translate} display={display} saveSettings={saveSettings} resetSettings={resetSettings} />
      )}
    </PageGate>
  );
}
