import type { Level } from './milestone';
import type { RegionStatus } from './status';

export type HexColor = `#${string}`;

export interface Badge {
  /** At most four characters; empty when there is nothing to flag. */
  readonly text: string;
  readonly backgroundColor: HexColor;
  readonly textColor: HexColor;
}

export const COUNTDOWN_COLOR: HexColor = '#E37400';

/** The one table of what each level looks like on the toolbar. */
export const BADGE_BY_LEVEL: Readonly<Record<Level, { readonly text: string; readonly backgroundColor: HexColor }>> = {
  critical: { text: '!', backgroundColor: '#C5221F' },
  warning: { text: '!', backgroundColor: '#E37400' },
  info: { text: 'i', backgroundColor: '#1A73E8' },
  // No text means the browser hides the badge; the colour is kept for consistency only.
  none: { text: '', backgroundColor: '#5F6368' },
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

function getBadgeLook(status: RegionStatus, isTextShown: boolean): { readonly text: string; readonly backgroundColor: HexColor } {
  if (!isTextShown) return BADGE_BY_LEVEL.none;
  if (status.countdown) return { text: `${status.countdown.value}${UNIT_SUFFIX[status.countdown.unit]}`, backgroundColor: COUNTDOWN_COLOR };
  return BADGE_BY_LEVEL[status.level];
}

/**
 * What the toolbar badge shows for a status: a countdown to a near deadline wins over the level.
 * With `isTextShown` off (the user's choice) there is no text, so the browser shows no badge.
 */
export function toBadge(status: RegionStatus, isTextShown = true): Badge {
  const { text, backgroundColor } = getBadgeLook(status, isTextShown);
  return { text, backgroundColor, textColor: getReadableTextColor(backgroundColor) };
}
