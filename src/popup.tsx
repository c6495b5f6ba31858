import { render } from 'preact';
import { openOptionsPage } from './platform/lifecycle';
import { PageGate } from './ui/page-gate';
import { PopupApp } from './ui/popup-app';

render(
  <PageGate titleKey="popup_page_title">
    {(settings, { translate, display }) => (
      <PopupApp settings={settings} translate={translate} display={display} onChangeRegion={() => void openOptionsPage()} />
    )}
  </PageGate>,
  document.body,
);
