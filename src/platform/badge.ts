import type { Badge } from '../core/badge';
import { browser } from './browser';

/** Sets text, colours and tooltip together, so the toolbar never shows half an update. */
export async function showBadge(badge: Badge, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.backgroundColor }),
    browser.action.setBadgeTextColor({ color: badge.textColor }),
    browser.action.setTitle({ title }),
  ]);
}
