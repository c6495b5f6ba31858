import { render } from 'preact';
import { resetSettings, saveSettings } from './platform/settings-store';
import { OptionsApp } from './ui/options-app';
import { PageGate } from './ui/page-gate';

render(
  <PageGate titleKey="options_page_title">
    {(settings, { translate, display }) => (
      <OptionsApp settings={settings} timeZone={display.timeZone} translate={translate} saveSettings={saveSettings} resetSettings={resetSettings} />
    )}
  </PageGate>,
  document.body,
);
