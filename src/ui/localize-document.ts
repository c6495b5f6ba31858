/** Page language and title, so screen readers pronounce the text in the right language. */
export function localizeDocument(locale: string, title: string): void {
  document.documentElement.lang = locale;
  document.title = title;
}
