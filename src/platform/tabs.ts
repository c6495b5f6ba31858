import { browser } from './browser';

/**
 * Opens a page of this extension in a new tab and brings its window to the front: a notification
 * is clicked while the browser may be behind other windows. Neither needs a permission.
 */
/** The full address of a page of this extension, e.g. to print where the status page is. */
export function getExtensionPageUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export async function openExtensionTab(path: string): Promise<void> {
  const tab = await browser.tabs.create({ url: browser.runtime.getURL(path) });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}
