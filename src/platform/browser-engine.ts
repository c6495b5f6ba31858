import { browser } from './browser';

/**
 * Firefox, told apart by its extension URLs. Used only where the browsers differ in what they
 * offer (notification buttons, opening the extensions page, removing another extension), never to
 * change what the extension says.
 */
export function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}
