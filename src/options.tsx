import { render } from 'preact';
import { getDisplayContext, translate } from './platform/i18n';
import { saveRegion } from './platform/settings-store';
import { OptionsApp } from './ui/options-app';
import { SettingsGate } from './ui/settings-gate';
import { localizeDocument } from './ui/localize-document';

const display = getDisplayContext();
localizeDocument(display.locale, translate('options_page_title'));
render(
  <SettingsGate>
    {(settings) => <OptionsApp settings={settings} timeZone={display.timeZone} translate={translate} saveRegion={saveRegion} />}
  </SettingsGate>,
  document.body,
);
