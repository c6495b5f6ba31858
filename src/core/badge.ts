import type { BackgroundView } from './compose-view';

export type HexColor = `#${string}`;

export interface Badge {
  /** At most four characters; empty when there is nothing to flag. */
  readonly text: string;
  readonly backgroundColor: HexColor;
  readonly textColor: HexColor;
}

/** Why the badge shows what it shows, in the order the rules are tried. */
export type BadgeReason = 'countdown' | 'critical-steps' | 'warning-steps' | 'news' | 'calm';

/**
 * The one table of what the toolbar shows for each reason. A countdown's text is its number and
 * unit; the others carry their own. Colour is never the only signal: each reason has its text,
 * and the tooltip says it in words.
 */
export const BADGE_LOOKS: Readonly<Record<BadgeReason, { readonly text: string; readonly backgroundColor: HexColor }>> = {
  countdown: { text: '', backgroundColor: '#E37400' },
  'critical-steps': { text: '!', backgroundColor: '#C5221F' },
  'warning-steps': { text: '!', backgroundColor: '#E37400' },
  news: { text: '•', backgroundColor: '#1A73E8' },
  // No text means the browser hides the badge; the colour is kept for consistency only.
  calm: { text: '', backgroundColor: '#5F6368' },
};

const UNIT_SUFFIX = { day: 'd', hour: 'h' } as const;

/** WCAG 2 relative luminance of an sRGB colour. */
function getRelativeLuminance(color: HexColor): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(color.slice(start, start + 2), 16) / 255);
  const [red = 0, green = 0, blue = 0] = channels.map((channel) =>
    channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function getContrastRatio(a: HexColor, b: HexColor): number {
  const [lighter, darker] = [getRelativeLuminance(a), getRelativeLuminance(b)].sort((x, y) => y - x);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function getReadableTextColor(background: HexColor): HexColor {
  return getContrastRatio(background, '#000000') >= getContrastRatio(background, '#FFFFFF') ? '#000000' : '#FFFFFF';
}

/**
 * What needs the reader, in order: a countdown to an announced deadline at most 99 days away;
 * else open steps for the region's status (red for critical, amber for warning); else something
 * new since the popup was last opened; else nothing. Nothing once they have dealt with it.
 */
export function getBadgeReason({ status, checklist, hasNews }: Pick<BackgroundView, 'status' | 'checklist' | 'hasNews'>): BadgeReason {
  if (status.countdown) return 'countdown';
  if (checklist.openGroupCount > 0) return status.level === 'critical' ? 'critical-steps' : 'warning-steps';
  return hasNews ? 'news' : 'calm';
}

/**
 * What the toolbar badge shows for a view. With the badge turned off (the user's choice or the
 * organisation's) there is no text, so the browser shows no badge; the tooltip stays.
 */
export function toBadge(view: Pick<BackgroundView, 'status' | 'checklist' | 'hasNews' | 'settings'>): Badge {
  const reason = view.settings.isBadgeShown ? getBadgeReason(view) : 'calm';
  const { countdown } = view.status;
  const text = reason === 'countdown' && countdown ? `${countdown.value}${UNIT_SUFFIX[countdown.unit]}` : BADGE_LOOKS[reason].text;
  const { backgroundColor } = BADGE_LOOKS[reason];
  return { text, backgroundColor, textColor: getReadableTextColor(backgroundColor) };
}
