import { render } from 'preact';
import { resolveLanguage } from './core/language';
import { getBrowserTextLanguage } from './platform/i18n';
import { loadTranslator } from './ui/load-translator';
import { resetSettings, saveSettings } from './platform/settings-store';
import { OptionsApp } from './ui/options-app';
import { PageGate } from './ui/page-gate';

// Most readers keep the browser's language: start loading it while the settings are read.
void loadTranslator(resolveLanguage('browser', getBrowserTextLanguage()));

render(
  <PageGate titleKey="options_page_title">
    {({ stored, policy }, { translate, display }) => (
      <OptionsApp settings={stored} policy={policy} translate={translate} display={display} saveSettings={saveSettings} resetSettings={resetSettings} />
    )}
  </PageGate>,
  document.body,
);
