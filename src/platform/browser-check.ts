import type { InstalledExtension } from '../core/browser-check';
import { browser } from './browser';
import { isFirefox } from './browser-engine';

/**
 * Chrome's `management.uninstall` (promise-based in Manifest V3; the polyfill's Firefox-derived
 * types leave it out because Firefox has none).
 */
type ManagementApi = typeof browser.management & {
  uninstall(id: string, options: { showConfirmDialog: boolean }): Promise<void>;
};

/** `browser.management` exists only while the optional permission is granted. */
function getManagement(): ManagementApi {
  const management = (browser as unknown as { management?: ManagementApi }).management;
  if (!management) throw new Error('The management permission is not granted');
  return management;
}

export function getOwnExtensionId(): string {
  return browser.runtime.id;
}

/** The browser's extensions (not themes or apps), with their names in the browser's language. */
export async function listInstalledExtensions(): Promise<InstalledExtension[]> {
  const all = await getManagement().getAll();
  return all
    .filter((item) => item.type === 'extension')
    .map((item) => ({ id: item.id, name: item.name, ...(item.shortName ? { shortName: item.shortName } : {}), isEnabled: item.enabled }));
}

/**
 * Firefox lets no extension open about:addons or remove another add-on
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/tabs/create,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/management/uninstall):
 * there the reader is told where to go instead.
 */
export function canManageOtherExtensions(): boolean {
  return !isFirefox();
}

/** Chrome's extensions page, at that extension. */
export async function openExtensionsPage(id: string): Promise<void> {
  await browser.tabs.create({ url: `chrome://extensions/?id=${encodeURIComponent(id)}` });
}

/**
 * Asks the browser to remove an extension. Chrome always shows its own confirmation and requires
 * the user's click, so call it directly in the click handler. Resolves false when the reader
 * cancelled.
 */
export async function uninstallExtension(id: string): Promise<boolean> {
  try {
    await getManagement().uninstall(id, { showConfirmDialog: true });
    return true;
  } catch (error) {
    console.warn(`Removing extension ${id} did not happen`, error);
    return false;
  }
}
