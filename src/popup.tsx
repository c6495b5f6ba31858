import { parseStatusPageQuery } from './core/status-page';
import { startPopup } from './ui/start-popup';

// The same page serves the toolbar popup and the status page a notification opens in a tab.
void startPopup(parseStatusPageQuery(location.search), __EXTENSION_VERSION__);
