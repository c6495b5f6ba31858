import { render } from 'preact';
import { openOptionsPage } from './platform/lifecycle';
import { getDisplayContext, translate } from './platform/i18n';
import { PopupApp } from './ui/popup-app';
import { SettingsGate } from './ui/settings-gate';
import { localizeDocument } from './ui/localize-document';

const display = getDisplayContext();
localizeDocument(display.locale, translate('popup_page_title'));
render(
  <SettingsGate>
    {(settings) => (
      <PopupApp settings={settings} translate={translate} display={display} onChangeRegion={() => void openOptionsPage()} />
    )}
  </SettingsGate>,
  document.body,
);
