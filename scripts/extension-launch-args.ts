/**
 * Chromium flags for a quiet browser with one unpacked extension loaded: no first-run pages, no
 * background downloads or component updates, no sync. Shared by `npm start`, the real-browser
 * tests and the benchmark, so all three start the same browser.
 */
export function getExtensionLaunchArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
