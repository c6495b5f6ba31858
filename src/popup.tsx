import { render } from 'preact';
import { resolveLanguage } from './core/language';
import { parseStatusPageQuery } from './core/status-page';
import { readBrowserEnvironment } from './platform/i18n';
import { loadPopupTranslator } from './ui/load-popup-translator';
import { PopupPage } from './ui/popup-page';

// Most readers keep the browser's language: start loading it while the settings are read.
void loadPopupTranslator(resolveLanguage('browser', readBrowserEnvironment().textLanguage));

// The same page serves the toolbar popup and the status page a notification opens in a tab.
const request = parseStatusPageQuery(location.search);
if (request.isTab) document.body.classList.add('tab');

render(<PopupPage request={request} />, document.body);
