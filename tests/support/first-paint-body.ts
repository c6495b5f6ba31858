/** The body's markup without what the first paint adds to mark and disable its copy (src/ui/first-paint.ts). */
export function readBodyWithoutFirstPaintMarks(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll('[data-first-paint]')) {
    element.removeAttribute('data-first-paint');
    element.removeAttribute('inert');
  }
  return copy.innerHTML;
}
