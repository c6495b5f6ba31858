import { render } from 'preact';
import type { StatusPageRequest } from '../core/status-page';
import { loadPopupState } from '../platform/popup-state-store';
import { hideFirstPaint, readPageLook } from './first-paint';
import { loadPopupTranslator } from './load-popup-translator';
import { loadPageInputs } from './page-inputs';
import { PopupPage } from './popup-page';
import { loadReadFacts } from './use-read-facts';

/**
 * Reads everything the popup shows in one round, then renders it once, in the task that takes the
 * remembered first paint away: the browser never paints in between.
 */
export async function startPopup(request: StatusPageRequest, build: string): Promise<void> {
  const [initial, popupState, readFacts] = await Promise.all([loadPageInputs(loadPopupTranslator, readPageLook(localStorage)?.language), loadPopupState(), loadReadFacts()]);
  const wasRemembered = hideFirstPaint(document);
  render(<PopupPage request={request} build={build} initial={initial} initialPopup={{ popupState, readFacts }} isBelowFoldDeferred={!wasRemembered} />, document.body);
}
