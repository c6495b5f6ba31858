import { render } from 'preact';
import { resolveLanguage } from './core/language';
import { getBrowserTextLanguage } from './platform/i18n';
import { loadTranslator } from './ui/load-translator';
import { openOptionsPage } from './platform/lifecycle';
import { PageGate } from './ui/page-gate';
import { PopupApp } from './ui/popup-app';

// Most readers keep the browser's language: start loading it while the settings are read.
void loadTranslator(resolveLanguage('browser', getBrowserTextLanguage()));

render(
  <PageGate titleKey="popup_page_title">
    {(settings, { translate, display }) => (
      <PopupApp settings={settings} translate={translate} display={display} onChangeRegion={() => void openOptionsPage()} />
    )}
  </PageGate>,
  document.body,
);
