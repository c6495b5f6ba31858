import { render } from 'preact';
import { resolveLanguage } from './core/language';
import { readBrowserEnvironment } from './platform/i18n';
import { loadTranslator } from './ui/load-translator';
import { OptionsPage } from './ui/options-page';

// Most readers keep the browser's language: start loading it while the settings are read.
void loadTranslator(resolveLanguage('browser', readBrowserEnvironment().textLanguage));

render(<OptionsPage />, document.body);
