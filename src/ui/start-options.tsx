import { render } from 'preact';
import { readPageLook } from './first-paint';
import { loadOptionsTranslator } from './load-options-translator';
import { OptionsPage } from './options-page';
import { loadPageInputs } from './page-inputs';

/** Reads everything the options page shows in one round, then renders it once. */
export async function startOptions(): Promise<void> {
  render(<OptionsPage initial={await loadPageInputs(loadOptionsTranslator, readPageLook(localStorage)?.language)} />, document.body);
}
