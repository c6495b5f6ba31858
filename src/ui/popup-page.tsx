import type { StatusPageRequest } from '../core/status-page';
import { openOptionsPage } from '../platform/lifecycle';
import { loadPopupTranslator } from './load-popup-translator';
import { PageGate } from './page-gate';
import { PopupApp } from './popup-app';

/** The popup (or the status page in a tab) once its settings, policy and language are loaded. */
export function PopupPage({ request }: { readonly request: StatusPageRequest }) {
  return (
    <PageGate titleKey="popup_page_title" loadTranslator={loadPopupTranslator} isRedrawnEveryMinute>
      {({ view, translate, save }) => (
        <PopupApp
          view={view}
          request={request}
          translate={translate}
          onChangeRegion={() => void openOptionsPage()}
          onConfirmRegion={() => void save({ region: view.region })}
        />
      )}
    </PageGate>
  );
}
