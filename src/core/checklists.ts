import { fingerprint } from './fingerprint';
import type { MessageKey } from './messages';
import { findMilestone, isKnownPassed, LEVELS, type Level, type MilestoneFacts } from './milestone';
import type { HelpSource } from './source';
import { getFactFingerprint } from './milestone-facts';
import { isUsRuleRegion, type RegionId } from './regions';
import type { Statement } from './statement';
import { isPlainObject } from './is-plain-object';

/** Where a group or a step applies, beyond a status that calls for action. */
export interface ChecklistScope {
  /** Only where the US rules apply (Kaspersky's other products, US contracts). */
  readonly isUsRulesOnly?: boolean;
  /** Only once this milestone has passed (what came with Kaspersky's switch to UltraAV). */
  readonly shownFrom?: string;
}

/**
 * What the background needs of a step: where it applies and what its fingerprint rests on. The
 * build gives the background only this much (scripts/background-data-plugin.ts).
 */
export interface ChecklistStepFacts extends ChecklistScope {
  readonly id: string;
  readonly basedOn: readonly string[];
  readonly extraSources?: readonly Pick<HelpSource, 'url' | 'language'>[];
}

export interface ChecklistGroupFacts extends ChecklistScope {
  readonly id: string;
  readonly steps: readonly ChecklistStepFacts[];
}

/** One thing to do, with a tick box; its sentence states facts, so it carries their sources. */
export type ChecklistStep = Statement & ChecklistScope;

export interface ChecklistGroup extends ChecklistGroupFacts {
  readonly title: MessageKey;
  /** A system, a product or small business: what a reader may not have ("Doesn't apply to me"). */
  readonly kind: 'system' | 'product' | 'business';
  readonly steps: readonly ChecklistStep[];
  /** A sentence under the steps, for what is not a step (what nobody official has said). */
  readonly note?: MessageKey;
}

/** A status at or above this level calls for action: the checklist shows, and the badge asks for it. */
const ACTION_LEVEL: Level = 'warning';

export function isActionLevel(level: Level): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(ACTION_LEVEL);
}

/**
 * What to do for the region's status at `now`: the groups and steps of `groups` (the whole
 * checklist, in order) that apply there and then; none where the status calls for no action (no
 * restriction, or one for government systems only).
 */
export function getChecklist<G extends ChecklistGroupFacts>(groups: readonly G[], milestones: readonly MilestoneFacts[], region: RegionId, level: Level, now: Date): G[] {
  if (!isActionLevel(level)) return [];
  const applies = ({ isUsRulesOnly = false, shownFrom }: ChecklistScope): boolean =>
    (!isUsRulesOnly || isUsRuleRegion(region)) && (shownFrom === undefined || isKnownPassed(findMilestone(milestones, shownFrom), now));
  return groups.filter(applies).map((group) => (group.steps.every(applies) ? group : { ...group, steps: group.steps.filter(applies) }));
}

/**
 * The version of the facts a step rests on: its milestones' facts and its own sources. Ticked
 * under one version, a step opens again when an update adds or corrects what it rests on.
 */
export function getStepFingerprint(step: ChecklistStepFacts, milestones: readonly MilestoneFacts[]): string {
  const facts = step.basedOn.map((id) => getFactFingerprint(findMilestone(milestones, id)));
  // A page for readers of one language repeats what the others say: finding one opens nothing again.
  const sources = (step.extraSources ?? []).filter((source) => source.language === undefined).map((source) => source.url);
  return fingerprint(JSON.stringify({ id: step.id, facts, sources }));
}

/** What the reader marked on this device. */
export interface ChecklistState {
  /** Step id → fingerprint of the facts it rested on when ticked. */
  readonly doneSteps: Readonly<Record<string, string>>;
  /** Groups the reader set aside: "Doesn't apply to me" (no Mac, no Password Manager…). */
  readonly setAsideGroups: readonly string[];
}

export const EMPTY_CHECKLIST_STATE: ChecklistState = { doneSteps: {}, setAsideGroups: [] };

const FINGERPRINT_PATTERN = /^[0-9a-f]{8}$/;

/**
 * How the marks are stored: one `storage.local` entry per mark, so that ticking a box is one write
 * with nothing read first. Two pages marking at once cannot overwrite each other, and a popup closed
 * the moment after a click has already sent its write.
 */
export const DONE_STEP_KEY_PREFIX = 'checklist.step.';
export const SET_ASIDE_KEY_PREFIX = 'checklist.aside.';

export function isChecklistKey(key: string): boolean {
  return key.startsWith(DONE_STEP_KEY_PREFIX) || key.startsWith(SET_ASIDE_KEY_PREFIX);
}

export interface ParsedChecklistState {
  readonly state: ChecklistState;
  /** Checklist entries that are not ours or not valid (unknown ids, wrong values): to be removed. */
  readonly invalidKeys: readonly string[];
}

/**
 * Reads the stored marks from all of an area's entries, as untrusted input: a step or group not in
 * `groups` (the whole checklist), a value that is not a fingerprint (or `true` for a group set
 * aside) is left out, and reported for removal. Entries that are not the checklist's are ignored.
 */
export function parseChecklistEntries(entries: unknown, groups: readonly ChecklistGroupFacts[]): ParsedChecklistState {
  const knownStepIds = new Set(groups.flatMap((group) => group.steps.map((step) => step.id)));
  const knownGroupIds = new Set(groups.map((group) => group.id));
  const doneSteps: Record<string, string> = {};
  const setAsideGroups: string[] = [];
  const invalidKeys: string[] = [];
  for (const [key, value] of Object.entries(isPlainObject(entries) ? entries : {})) {
    if (key.startsWith(DONE_STEP_KEY_PREFIX)) {
      const id = key.slice(DONE_STEP_KEY_PREFIX.length);
      if (knownStepIds.has(id) && typeof value === 'string' && FINGERPRINT_PATTERN.test(value)) doneSteps[id] = value;
      else invalidKeys.push(key);
    } else if (key.startsWith(SET_ASIDE_KEY_PREFIX)) {
      const id = key.slice(SET_ASIDE_KEY_PREFIX.length);
      if (knownGroupIds.has(id) && value === true) setAsideGroups.push(id);
      else invalidKeys.push(key);
    }
  }
  return { state: { doneSteps, setAsideGroups }, invalidKeys };
}

export interface GroupProgress<G extends ChecklistGroupFacts = ChecklistGroup> {
  readonly group: G;
  readonly isSetAside: boolean;
  /** Ticked under the facts as they are now. */
  readonly doneStepIds: readonly string[];
  /** Neither set aside nor every step done. */
  readonly isOpen: boolean;
}

export interface ChecklistProgress<G extends ChecklistGroupFacts = ChecklistGroup> {
  readonly groups: readonly GroupProgress<G>[];
  /** How many groups still need the reader. */
  readonly openGroupCount: number;
  /** Whether there is anything to do at all for this status. */
  readonly hasItems: boolean;
}

export function getChecklistProgress<G extends ChecklistGroupFacts>(groups: readonly G[], state: ChecklistState, milestones: readonly MilestoneFacts[]): ChecklistProgress<G> {
  const progress = groups.map((group): GroupProgress<G> => {
    const doneStepIds = group.steps.filter((step) => state.doneSteps[step.id] === getStepFingerprint(step, milestones)).map((step) => step.id);
    const isSetAside = state.setAsideGroups.includes(group.id);
    return { group, isSetAside, doneStepIds, isOpen: !isSetAside && doneStepIds.length < group.steps.length };
  });
  return { groups: progress, openGroupCount: progress.filter((group) => group.isOpen).length, hasItems: progress.length > 0 };
}
