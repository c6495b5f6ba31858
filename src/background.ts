import { requestBadgeUpdate } from './background/update-badge';
import { onUpdateAlarm } from './platform/alarms';
import { onBrowserStartup, onExtensionInstalled } from './platform/lifecycle';
import { onSettingsChanged } from './platform/settings-store';

// Registered synchronously at the top level: the browser only delivers events that woke the
// worker to listeners that exist before the first await.
onExtensionInstalled(requestBadgeUpdate);
onBrowserStartup(requestBadgeUpdate);
onUpdateAlarm(requestBadgeUpdate);
onSettingsChanged(requestBadgeUpdate);

// And on every start of the worker: re-enabling the extension fires none of the events above
// (https://github.com/w3c/webextensions/issues/353) and the browser resets the badge; so does a
// worker woken for anything else after the device's zone or clock changed. The update is idempotent.
void requestBadgeUpdate();
