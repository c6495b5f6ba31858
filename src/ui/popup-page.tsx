import type { FactSnapshot } from '../core/milestone-facts';
import type { PopupState } from '../core/popup-state';
import type { StatusPageRequest } from '../core/status-page';
import { openOptionsPage } from '../platform/lifecycle';
import { loadPopupTranslator } from './load-popup-translator';
import { PageGate } from './page-gate';
import type { PageInputs } from './page-inputs';
import { PopupApp } from './popup-app';

/** What only the popup reads before its first render, beside every page's inputs. */
export interface PopupInputs {
  readonly popupState: PopupState;
  /** The facts as the reader last saw them, for the "Updated" note. */
  readonly readFacts: FactSnapshot | undefined;
}

interface PopupPageProps {
  readonly request: StatusPageRequest;
  /** The extension's version, which a remembered first paint must match. */
  readonly build: string;
  readonly initial: PageInputs;
  readonly initialPopup: PopupInputs;
  /** No remembered first paint is on screen: the popup may draw its lower part a frame later. */
  readonly isBelowFoldDeferred: boolean;
}

/** The popup (or the status page in a tab), from its inputs read before the first render. */
export function PopupPage({ request, build, initial, initialPopup, isBelowFoldDeferred }: PopupPageProps) {
  return (
    <PageGate titleKey="popup_page_title" initial={initial} loadTranslator={loadPopupTranslator}>
      {({ view, inputs, translate, save }) => (
        <PopupApp
          view={view}
          inputs={inputs}
          build={build}
          initialPopup={initialPopup}
          isBelowFoldDeferred={isBelowFoldDeferred}
          request={request}
          translate={translate}
          onChangeRegion={() => void openOptionsPage()}
          onConfirmRegion={() => void save({ region: view.region })}
        />
      )}
    </PageGate>
  );
}
