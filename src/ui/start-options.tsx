import { render } from 'preact';
import { readPageLook } from './first-paint';
import { OptionsPage } from './options-page';
import { loadPageInputs } from './page-inputs';

/** Reads everything the options page shows in one round, then renders it once. */
export async function startOptions(): Promise<void> {
  render(<OptionsPage initial={await loadPageInputs(readPageLook(localStorage)?.language)} />, document.body);
}
