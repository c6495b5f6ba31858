import { onUpdateAlarm } from '../platform/alarms';
import { onChecklistStateChanged } from '../platform/checklist-store';
import { onBrowserStartup, onExtensionInstalled } from '../platform/lifecycle';
import { onNotificationButtonClicked, onNotificationClicked } from '../platform/notifications';
import { onPermissionsChanged, releasePermission } from '../platform/permissions';
import { onPolicyChanged } from '../platform/policy-store';
import { onSeenFactsChanged } from '../platform/seen-facts-store';
import { onSettingsChanged } from '../platform/settings-store';
import { createBackgroundQueue, type BackgroundData, type BackgroundQueue } from './recompute';
import { muteNotificationMilestone, openNotificationTarget } from './reminder-notifications';

/**
 * Registers every listener of the background for the data it ships, synchronously (call it at
 * the top level of the worker: the browser only delivers events that woke the worker to listeners
 * that exist before the first await), then runs the start-up update.
 */
export function registerBackground(data: BackgroundData): BackgroundQueue {
  const queue = createBackgroundQueue(data);
  const { requestRecompute } = queue;
  // Each reacts only to what the badge and reminders depend on: the popup's own layout (its open
  // sections) wakes nothing here.
  onExtensionInstalled(() => requestRecompute());
  onBrowserStartup(() => requestRecompute({ releasesUnusedPermission: true }));
  onUpdateAlarm(() => requestRecompute());
  onSettingsChanged(() => requestRecompute({ releasesUnusedPermission: true }));
  onPolicyChanged(() => requestRecompute({ releasesUnusedPermission: true, isPolicyChanged: true }));
  // A ticked step or an opened popup changes the badge at once: it shows only what still needs the reader.
  onChecklistStateChanged(() => requestRecompute());
  onSeenFactsChanged(() => requestRecompute());
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
  return queue;
}
