import { loadOptionsTranslator } from './load-options-translator';
import { OptionsApp } from './options-app';
import { PageGate } from './page-gate';

/** The options page once its settings, policy and language are loaded, saving to storage. */
export function OptionsPage() {
  return <PageGate titleKey="options_page_title" loadTranslator={loadOptionsTranslator}>{({ view, translate, save, reset }) => <OptionsApp view={view} translate={translate} save={save} reset={reset} />}</PageGate>;
}
