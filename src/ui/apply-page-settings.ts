import type { Language } from '../core/language';
import type { Theme } from '../core/theme';
import { applyPageLook, rememberPageLook } from './first-paint';

/**
 * Page language, title and colour scheme: the language lets screen readers pronounce the text
 * right; the theme sets `color-scheme`, which every `light-dark()` colour in styles.css follows.
 * Remembered for the first paint of the next page this extension opens.
 */
export function applyPageSettings({ language, locale, title, theme }: { readonly language: Language; readonly locale: string; readonly title: string; readonly theme: Theme }): void {
  applyPageLook(document.documentElement, { locale, theme });
  document.title = title;
  rememberPageLook(localStorage, { language, locale, theme });
}
