import { browser } from './browser';
import { isFirefox } from './browser-engine';

export interface NotificationContent {
  readonly title: string;
  readonly message: string;
  /** A button label (e.g. "Don't remind me about this"); Firefox has no notification buttons. */
  readonly buttonTitle?: string;
}

type NotificationsApi = typeof browser.notifications;

/**
 * `browser.notifications` exists only while the optional permission is granted, so every use
 * looks it up at that moment.
 */
function getNotifications(): NotificationsApi | undefined {
  return (browser as { notifications?: NotificationsApi }).notifications;
}

/** Shows (or replaces) the notification `id`; false when it could not (no permission). */
export async function showNotification(id: string, { title, message, buttonTitle }: NotificationContent): Promise<boolean> {
  const notifications = getNotifications();
  if (!notifications) return false;
  // Buttons are Chrome's only: Firefox does not support them
  // (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/notifications/NotificationOptions).
  const buttons = buttonTitle && !isFirefox() ? { buttons: [{ title: buttonTitle }] } : {};
  await notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message, ...buttons });
  return true;
}

export async function clearNotification(id: string): Promise<void> {
  await getNotifications()?.clear(id);
}

/**
 * Registers a notification listener now if the API is there, or as soon as the permission is
 * granted. At a later start of the worker the API is there from the beginning, so the listener is
 * in place synchronously, in time for the click that woke it.
 */
function whenNotificationsExist(register: (notifications: NotificationsApi) => void): void {
  let isRegistered = false;
  const tryRegister = (): void => {
    const notifications = getNotifications();
    if (!notifications || isRegistered) return;
    isRegistered = true;
    register(notifications);
  };
  tryRegister();
  browser.permissions.onAdded.addListener(tryRegister);
}

export function onNotificationClicked(listener: (id: string) => void): void {
  whenNotificationsExist((notifications) => {
    notifications.onClicked.addListener(listener);
  });
}

/** Chrome only: Firefox has no buttons. */
export function onNotificationButtonClicked(listener: (id: string, buttonIndex: number) => void): void {
  whenNotificationsExist((notifications) => {
    // Firefox has no such event (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/notifications/onButtonClicked).
    (notifications as Partial<NotificationsApi>).onButtonClicked?.addListener(listener);
  });
}
