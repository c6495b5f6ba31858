/**
 * Runs as a classic script in each page's <head> (scripts/first-paint-plugin.ts): the page's
 * remembered language and theme, set before the browser can paint anything.
 */
import { showPageLook } from './ui/first-paint';

showPageLook(document, localStorage);
