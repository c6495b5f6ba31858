import type { BackgroundView } from './compose-view';
import { formatReviewDate } from './data-freshness';
import { formatMilestoneDate, formatMonth, isDayNamed, type DateForm, type DisplayContext, type FormattedDate } from './format-milestone-date';
import type { MessageKey, Translate } from './messages';
import type { MilestoneFacts } from './milestone';
import { isUsRuleRegion, REGION_NAME_KEYS, type RegionId } from './regions';
import { isDeadlineHistory, type RegionStatus } from './status';

export interface StatusText {
  /** One full sentence with the key date in the reader's zone and language. */
  readonly headline: string;
  /** One plain sentence or two: what it means for a person in the region. */
  readonly meaning: string;
}

function getNoRestrictionText(region: RegionId): { readonly headline: MessageKey; readonly meaning: MessageKey } {
  if (isUsRuleRegion(region)) return { headline: 'headline_none_us', meaning: 'meaning_none_us' };
  if (region === 'other') return { headline: 'headline_none_other', meaning: 'meaning_none_other' };
  return { headline: 'headline_none', meaning: 'meaning_none' };
}

/**
 * The date a headline hangs on: the next announced deadline while one is ahead (what people need
 * to plan for), otherwise the milestone that set the current state.
 */
function getKeyMilestone(status: RegionStatus<MilestoneFacts>): MilestoneFacts | undefined {
  return status.nextDeadline ?? status.state;
}

/** The headline's message for a key date of `form`: one that names no day may need its own wording. */
function getHeadlineKey(status: RegionStatus<MilestoneFacts>, form: DateForm): MessageKey {
  const stateText = status.state?.stateText;
  if (!stateText) return getNoRestrictionText(status.region).headline;
  return isDayNamed(form) ? stateText.headline : (stateText.headlineWithoutDay ?? stateText.headline);
}

/** The message of the meaning paragraph under the headline, so that what follows it does not say it again. */
export function getMeaningKey(status: RegionStatus): MessageKey {
  return status.state?.stateText?.meaning ?? getNoRestrictionText(status.region).meaning;
}

function formatKeyDate(milestone: MilestoneFacts, now: Date, translate: Translate, display: DisplayContext): FormattedDate {
  if (isDeadlineHistory(milestone, now)) return { text: formatMonth(milestone, display), form: 'month' };
  const { display: text, form } = formatMilestoneDate(milestone, display, translate);
  return { text, form };
}

/** What a headline is made of: its message and its key date (the data's review date where no restriction is known). */
export interface HeadlineParts {
  readonly key: MessageKey;
  readonly date: FormattedDate;
}

export function getHeadlineParts(status: RegionStatus<MilestoneFacts>, now: Date, translate: Translate, display: DisplayContext): HeadlineParts {
  const keyMilestone = getKeyMilestone(status);
  const date: FormattedDate = keyMilestone ? formatKeyDate(keyMilestone, now, translate, display) : { text: formatReviewDate(display.locale), form: 'day' };
  return { key: getHeadlineKey(status, date.form), date };
}

/** One full sentence with the key date in the reader's zone and language. */
export function getHeadline(status: RegionStatus<MilestoneFacts>, now: Date, translate: Translate, display: DisplayContext): string {
  const { key, date } = getHeadlineParts(status, now, translate, display);
  return translate(key, [date.text]);
}

function getProgressSentence({ checklist, hasNews }: Pick<BackgroundView, 'checklist' | 'hasNews'>): MessageKey | undefined {
  if (checklist.hasItems) return checklist.openGroupCount > 0 ? 'tooltip_steps_open' : 'tooltip_all_set';
  return hasNews ? 'tooltip_new' : undefined;
}

/**
 * The toolbar tooltip: the region's name and the headline; then, where the status has steps,
 * whether they are done on this device, or that something is new.
 */
export function getTooltip(view: Pick<BackgroundView, 'status' | 'now' | 'display' | 'checklist' | 'hasNews'>, translate: Translate): string {
  const { status, now, display } = view;
  const sentence = translate('tooltip', [translate(REGION_NAME_KEYS[status.region]), getHeadline(status, now, translate, display)]);
  const progress = getProgressSentence(view);
  return progress ? `${sentence} ${translate(progress)}` : sentence;
}

export function describeStatus(status: RegionStatus, now: Date, translate: Translate, display: DisplayContext): StatusText {
  return { headline: getHeadline(status, now, translate, display), meaning: translate(getMeaningKey(status)) };
}
