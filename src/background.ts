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
