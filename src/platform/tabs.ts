import { browser } from './browser';

/** Opens a page of this extension in a new tab (no `tabs` permission needed for that). */
export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}
