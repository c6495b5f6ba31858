import { useEffect } from 'preact/hooks';
import { forgetPopupUnlessFrom } from './first-paint';
import { loadOptionsTranslator } from './load-options-translator';
import { OptionsApp } from './options-app';
import { PageGate, type PageContext } from './page-gate';
import type { PageInputs } from './page-inputs';

/** The options page as composed from `page`. */
function OptionsView({ page: { view, inputs, translate, save, reset } }: { readonly page: PageContext }) {
  // The reader changes here what the popup shows: its remembered first paint must not show the old answer.
  useEffect(() => {
    forgetPopupUnlessFrom(localStorage, inputs);
  }, [inputs]);
  return <OptionsApp view={view} translate={translate} save={save} reset={reset} />;
}

/** The options page, from its inputs read before the first render, saving to storage. */
export function OptionsPage({ initial }: { readonly initial: PageInputs }) {
  return (
    <PageGate titleKey="options_page_title" initial={initial} loadTranslator={loadOptionsTranslator}>
      {(page) => <OptionsView page={page} />}
    </PageGate>
  );
}
