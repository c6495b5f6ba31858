/**
 * Runs as a classic script at the top of the popup's <body> (scripts/first-paint-plugin.ts): its
 * layout, and the content it last showed if that is still exact, in the first frame.
 */
import { parseStatusPageQuery } from './core/status-page';
import { showRememberedPopup } from './ui/first-paint';

// The same page serves the toolbar popup and the status page a notification opens in a tab.
const request = parseStatusPageQuery(location.search);
if (request.isTab) document.body.classList.add('tab');
// A page opened for a reminder shows a banner the remembered popup lacks.
if (!request.milestoneId) showRememberedPopup(document, localStorage, { build: __EXTENSION_VERSION__, now: new Date() });
