import { min } from 'date-fns';
import { getChecklist, getChecklistProgress, type ChecklistGroup, type ChecklistGroupFacts, type ChecklistProgress, type ChecklistState } from './checklists';
import { getDataFreshnessChangesAt } from './data-freshness';
import type { DisplayContext } from './format-milestone-date';
import { createIntlCache } from './intl-cache';
import { getDisplayLocale, resolveLanguage, type Language } from './language';
import type { Milestone, MilestoneFacts } from './milestone';
import { applyPolicy, type ManagedSettingName, type Policy } from './policy';
import { isUsRuleRegion, type RegionId } from './regions';
import { getEffectiveRegion, type Settings } from './settings';
import { getShownFactsFingerprint, hasUnseenFacts, type SeenFacts } from './seen-facts';
import { getStatus, type RegionStatus } from './status';
import { getTimeline, type Timeline } from './timeline';

/** What the browser says about its reader, read by the platform layer and passed in. */
export interface BrowserEnvironment {
  /** The language the browser picked from the extension's `_locales` for its UI. */
  readonly textLanguage: string;
  /** The browser's preferred languages, best first (BCP 47 tags). */
  readonly locales: readonly string[];
  /** The device's IANA time zone. */
  readonly timeZone: string;
}

/**
 * Over whole milestones and checklist groups in the pages (`View`), over their facts in the
 * background (`BackgroundView`, from the data the build gives it).
 */
export interface ViewInput<M extends MilestoneFacts = Milestone, G extends ChecklistGroupFacts = ChecklistGroup> {
  /** The user's settings, parsed from storage. */
  readonly storedSettings: Settings;
  /** The organisation's policy (or none). */
  readonly policy: Policy;
  readonly environment: BrowserEnvironment;
  /** What the reader ticked or set aside on this device. */
  readonly checklistState: ChecklistState;
  /** What the reader last saw in the popup, per region. */
  readonly seenFacts: SeenFacts;
  readonly now: Date;
  /** The bundled data, passed in so that tests and updates can use any. */
  readonly milestones: readonly M[];
  /** Every group of the checklist, in order (checklist-groups.ts, or their facts). */
  readonly checklistGroups: readonly G[];
}

/** Everything the badge, the popup and the options page show, decided in one place. */
export interface View<M extends MilestoneFacts = Milestone, G extends ChecklistGroupFacts = ChecklistGroup> {
  readonly now: Date;
  readonly milestones: readonly M[];
  /** The settings in force: the user's, with the organisation's where it set one. */
  readonly settings: Settings;
  /** Settings the user cannot change (set by the organisation). */
  readonly lockedByPolicy: readonly ManagedSettingName[];
  /** The region an organisation suggests in place of the time zone's suggestion. */
  readonly presetRegion: RegionId | undefined;
  readonly region: RegionId;
  /** True until the reader (or a locking policy) chose the region: it was suggested. */
  readonly isRegionSuggested: boolean;
  readonly language: Language;
  readonly display: DisplayContext;
  readonly status: RegionStatus<M>;
  /**
   * The status under the US rules, which the press everywhere refers to: the same as `status` in
   * the US rules' regions, and context elsewhere.
   */
  readonly usStatus: RegionStatus<M>;
  /** What to do for this status, and how far the reader got on this device. */
  readonly checklist: ChecklistProgress<G>;
  /** The region's facts and status as shown now: the popup remembers it as seen. */
  readonly shownFacts: string;
  /** Something changed for the region since the reader last opened the popup. */
  readonly hasNews: boolean;
  /** The next instant at which the status, the badge or the checklist changes; `undefined` when nothing will. */
  readonly nextChangeAt: Date | undefined;
  /** The popup's timeline, computed once for the page and its redraws. */
  readonly timeline: Timeline<M>;
  /**
   * The next instant at which anything a page shows changes: `nextChangeAt`, the timeline's words
   * ("in 3 days"), or the data's freshness. The pages redraw then, and not in between.
   */
  readonly pageChangesAt: Date | undefined;
}

/**
 * The language composeView will decide on for these inputs, so a page can load its messages
 * while it reads the rest.
 */
export function getViewLanguage(storedSettings: Settings, policy: Policy, environment: BrowserEnvironment): Language {
  return resolveLanguage(applyPolicy(storedSettings, policy).settings.language, environment.textLanguage);
}

/** What the background composes: the view over the facts it bundles. */
export type BackgroundView = View<MilestoneFacts, ChecklistGroupFacts>;

/**
 * The one composition of what every surface shows, from (stored settings, policy, environment,
 * now, data). Pure: the background and the pages call it with the same inputs and agree without
 * talking to each other.
 */

export function composeView<M extends MilestoneFacts, G extends ChecklistGroupFacts>({
  storedSettings,
  policy,
  environment,
  checklistState,
  seenFacts,
  now,
  milestones,
  checklistGroups,
}: ViewInput<M, G>): View<M, G> {
  const { settings, lockedByPolicy, presetRegion } = applyPolicy(storedSettings, policy);
  const language = resolveLanguage(settings.language, environment.textLanguage);
  const display: DisplayContext = { locale: getDisplayLocale(language, environment.locales), timeZone: environment.timeZone, intl: createIntlCache() };
  const region = getEffectiveRegion(settings, environment.timeZone, presetRegion);
  const status = getStatus(milestones, region, now, display);
  const usStatus = isUsRuleRegion(region) ? status : getStatus(milestones, 'us', now, display);
  const checklist = getChecklistProgress(getChecklist(checklistGroups, milestones, region, status.level, now), checklistState, milestones);
  const shownFacts = getShownFactsFingerprint(milestones, region, now);
  const changes = [status.changesAt, usStatus.changesAt].filter((change) => change !== undefined);
  const nextChangeAt = changes.length > 0 ? min(changes) : undefined;
  const timeline = getTimeline(milestones, region, now, display);
  const pageChanges = [nextChangeAt, timeline.changesAt, getDataFreshnessChangesAt(now)].filter((change) => change !== undefined);
  return {
    now,
    milestones,
    settings,
    lockedByPolicy,
    presetRegion,
    region,
    isRegionSuggested: settings.region === undefined,
    language,
    display,
    status,
    usStatus,
    checklist,
    shownFacts,
    hasNews: hasUnseenFacts(seenFacts, region, shownFacts, status.level, now),
    nextChangeAt,
    timeline,
    pageChangesAt: pageChanges.length > 0 ? min(pageChanges) : undefined,
  };
}
