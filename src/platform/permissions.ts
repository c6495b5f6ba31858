import { browser } from './browser';

/** The optional permissions an issue asked for; every other one is refused by the manifest. */
export type OptionalPermission = 'notifications' | 'management';

export async function hasPermission(permission: OptionalPermission): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: [permission] });
  } catch (error) {
    console.warn(`Checking the ${permission} permission failed`, error);
    return false;
  }
}

/**
 * Asks the browser for `permission`. Call it directly in a click handler, before any `await`:
 * browsers grant optional permissions only while handling the user's gesture
 * (https://developer.chrome.com/docs/extensions/reference/api/permissions#method-request).
 */
export function requestPermission(permission: OptionalPermission): Promise<boolean> {
  return browser.permissions.request({ permissions: [permission] }).catch((error: unknown) => {
    console.warn(`Requesting the ${permission} permission failed`, error);
    return false;
  });
}

/** Gives `permission` back once it is no longer needed. Never fails: the worst case is keeping it. */
export async function releasePermission(permission: OptionalPermission): Promise<void> {
  try {
    await browser.permissions.remove({ permissions: [permission] });
  } catch (error) {
    console.warn(`Giving back the ${permission} permission failed`, error);
  }
}

/** Calls `listener` whenever an optional permission is granted or given back, here or in any page. */
export function onPermissionsChanged(listener: () => void): () => void {
  const handleChange = (): void => {
    listener();
  };
  browser.permissions.onAdded.addListener(handleChange);
  browser.permissions.onRemoved.addListener(handleChange);
  return () => {
    browser.permissions.onAdded.removeListener(handleChange);
    browser.permissions.onRemoved.removeListener(handleChange);
  };
}
