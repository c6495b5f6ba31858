import { render } from 'preact';
import { resolveLanguage } from './core/language';
import { parseStatusPageQuery } from './core/status-page';
import { getBrowserTextLanguage } from './platform/i18n';
import { loadTranslator } from './ui/load-translator';
import { openOptionsPage } from './platform/lifecycle';
import { PageGate } from './ui/page-gate';
import { PopupApp } from './ui/popup-app';

// Most readers keep the browser's language: start loading it while the settings are read.
void loadTranslator(resolveLanguage('browser', getBrowserTextLanguage()));

// The same page serves the toolbar popup and the status page a notification opens in a tab.
const request = parseStatusPageQuery(location.search);
if (request.isTab) document.body.classList.add('tab');

render(
  <PageGate titleKey="popup_page_title">
    {({ applied }, { translate, display }) => (
      <PopupApp
        settings={applied.settings}
        presetRegion={applied.presetRegion}
        request={request}
        translate={translate}
        display={display}
        onChangeRegion={() => void openOptionsPage()}
      />
    )}
  </PageGate>,
  document.body,
);
