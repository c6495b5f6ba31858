import type { Theme } from '../core/settings';

/**
 * Page language, title and colour scheme: the language lets screen readers pronounce the text
 * right; the theme sets `color-scheme`, which every `light-dark()` colour in styles.css follows.
 */
export function applyPageSettings({ locale, title, theme }: { readonly locale: string; readonly title: string; readonly theme: Theme }): void {
  document.documentElement.lang = locale;
  document.documentElement.dataset['theme'] = theme;
  document.title = title;
}
