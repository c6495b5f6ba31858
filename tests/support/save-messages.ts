/**
 * The options page's save messages as a reader meets them: beside the control that changed.
 * For unit tests on happy-dom; the real-browser tests have their own in tests/e2e/support.
 */

/**
 * The text of the status message nearest to `control`: the first `role=status` element inside
 * the closest ancestor that holds one ('' when there is none, or it is empty).
 */
export function messageBeside(control: Element | null): string {
  for (let ancestor = control?.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const status = ancestor.querySelector('[role="status"]');
    if (status) return status.textContent;
  }
  return '';
}

/** Every status message of the page that says something, by its element's id. */
export function shownMessages(): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('[role="status"]')].flatMap((status) => (status.textContent ? [[status.id, status.textContent]] : [])),
  );
}
