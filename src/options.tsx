import { render } from 'preact';
import { resolveLanguage } from './core/language';
import { readBrowserEnvironment } from './platform/i18n';
import { loadOptionsTranslator } from './ui/load-options-translator';
import { OptionsPage } from './ui/options-page';

// Most readers keep the browser's language: start loading it while the settings are read.
void loadOptionsTranslator(resolveLanguage('browser', readBrowserEnvironment().textLanguage));

render(<OptionsPage />, document.body);
