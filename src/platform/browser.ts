/**
 * The one import of webextension-polyfill. Upstream has frozen it now that Chrome ships the
 * promise-based `browser` namespace natively; to drop it, export `globalThis.browser` here instead.
 */
import browser from 'webextension-polyfill';

export { browser };
