import { browser } from './browser';

/** Install, extension update and browser update. */
export function onExtensionInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function onBrowserStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
