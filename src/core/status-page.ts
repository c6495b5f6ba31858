import { isMilestoneId } from './milestone-id';

/**
 * The extension's status page: the popup's content in a tab, opened from a notification. Its
 * address says which milestone a reminder was about, so the page can offer "don't remind me about
 * this" where the browser's notification has no buttons (Firefox).
 */
export const STATUS_PAGE_PATH = 'src/popup.html';

export interface StatusPageRequest {
  /** True in a tab (a wider layout); false in the toolbar popup. */
  readonly isTab: boolean;
  /** The milestone of the reminder that opened the page. */
  readonly milestoneId: string | undefined;
}

const TAB_VIEW = 'tab';

export function getStatusPagePath(milestoneId?: string): string {
  const query = new URLSearchParams({ view: TAB_VIEW, ...(milestoneId ? { milestone: milestoneId } : {}) });
  return `${STATUS_PAGE_PATH}?${query.toString()}`;
}

/** Reads a page address's query as untrusted input: only a plausible milestone id is kept. */
export function parseStatusPageQuery(search: string): StatusPageRequest {
  const query = new URLSearchParams(search);
  const milestoneId = query.get('milestone') ?? undefined;
  return {
    isTab: query.get('view') === TAB_VIEW,
    milestoneId: isMilestoneId(milestoneId) ? milestoneId : undefined,
  };
}
