import { muteNotificationMilestone, openNotificationTarget } from './background/reminder-notifications';
import { requestRecompute } from './background/recompute';
import { onUpdateAlarm } from './platform/alarms';
import { onBrowserStartup, onExtensionInstalled } from './platform/lifecycle';
import { onNotificationButtonClicked, onNotificationClicked } from './platform/notifications';
import { onPermissionsChanged, releasePermission } from './platform/permissions';
import { onPolicyChanged } from './platform/policy-store';
import { onSettingsChanged } from './platform/settings-store';

// Registered synchronously at the top level: the browser only delivers events that woke the
// worker to listeners that exist before the first await. Each reacts only to what the badge and
// reminders depend on: the popup's own writes (open sections, ticked steps) wake nothing here.
onExtensionInstalled(() => requestRecompute());
onBrowserStartup(() => requestRecompute({ releasesUnusedPermission: true }));
onUpdateAlarm(() => requestRecompute());
onSettingsChanged(() => requestRecompute({ releasesUnusedPermission: true }));
onPolicyChanged(() => requestRecompute({ releasesUnusedPermission: true, isPolicyChanged: true }));
// Reminders start when the notifications permission is granted, and stop when it is given back.
onPermissionsChanged(() => requestRecompute());
onNotificationClicked(openNotificationTarget);
onNotificationButtonClicked(muteNotificationMilestone);
// The browser check in options gives `management` back when done; should its page have been
// closed halfway, the next browser start does.
onBrowserStartup(() => releasePermission('management'));

// And on every start of the worker: re-enabling the extension fires none of the events above
// (https://github.com/w3c/webextensions/issues/353) and the browser resets the badge; so does a
// worker woken for anything else after the device's zone or clock changed. The update is idempotent.
void requestRecompute();
