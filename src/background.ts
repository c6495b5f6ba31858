import { muteNotificationMilestone, openNotificationTarget } from './background/reminder-notifications';
import { requestUpdate } from './background/update-extension';
import { onUpdateAlarm } from './platform/alarms';
import { onBrowserStartup, onExtensionInstalled } from './platform/lifecycle';
import { onNotificationButtonClicked, onNotificationClicked } from './platform/notifications';
import { onPermissionsChanged, releasePermission } from './platform/permissions';
import { onPolicyChanged } from './platform/policy-store';
import { onSettingsChanged } from './platform/settings-store';

// Registered synchronously at the top level: the browser only delivers events that woke the
// worker to listeners that exist before the first await.
const requestUpdateReleasingUnusedPermission = () => requestUpdate({ releasesUnusedPermission: true });
onExtensionInstalled(requestUpdate);
onBrowserStartup(requestUpdateReleasingUnusedPermission);
onUpdateAlarm(requestUpdate);
onSettingsChanged(requestUpdateReleasingUnusedPermission);
onPolicyChanged(requestUpdateReleasingUnusedPermission);
// Reminders start when the notifications permission is granted, and stop when it is given back.
onPermissionsChanged(requestUpdate);
onNotificationClicked(openNotificationTarget);
onNotificationButtonClicked(muteNotificationMilestone);
// The browser check in options gives `management` back when done; should its page have been
// closed halfway, the next browser start does.
onBrowserStartup(() => releasePermission('management'));

// And on every start of the worker: re-enabling the extension fires none of the events above
// (https://github.com/w3c/webextensions/issues/353) and the browser resets the badge; so does a
// worker woken for anything else after the device's zone or clock changed. The update is idempotent.
void requestUpdate();
