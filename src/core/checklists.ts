import { fingerprint } from './fingerprint';
import {
  ANDROID_APPS_SOURCE,
  APPLE_IPAD_DELETE_APPS_SOURCE,
  APPLE_IPHONE_DELETE_APPS_SOURCE,
  APPLE_SCREEN_TIME_SOURCE,
  APPLE_SCREEN_TIME_SOURCE_ES,
  APPLE_SCREEN_TIME_SOURCE_ID,
  APPLE_UNINSTALL_SOURCE,
  APPLE_XPROTECT_SOURCE,
  AV_COMPARATIVES_SOURCE,
  AV_TEST_SOURCE,
  FTC_TECH_SUPPORT_SCAMS_SOURCE,
  FTC_TECH_SUPPORT_SCAMS_SOURCE_ES,
  GOOGLE_FAMILY_LINK_SOURCE,
  GOOGLE_FAMILY_LINK_SOURCE_ES,
  GOOGLE_PLAY_PROTECT_SOURCE,
  GOOGLE_PLAY_PROTECT_SOURCE_ES,
  KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE,
  KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE_ES,
  MICROSOFT_DEFENDER_SOURCE,
  MICROSOFT_FAMILY_SAFETY_SOURCE,
  MICROSOFT_UNINSTALL_SOURCE,
  TECHZINE_ULTRAAV_UNINSTALL_SOURCE,
  WINDOWS_SECURITY_SOURCE,
} from './help-sources';
import type { MessageKey } from './messages';
import { findMilestone, isPassed, LEVELS, type Level, type Milestone } from './milestone';
import { getFactFingerprint } from './milestone-facts';
import { isUsRuleRegion, type RegionId } from './regions';
import type { Statement } from './statement';
import { isPlainObject } from './is-plain-object';

/** One thing to do, with a tick box; its sentence states facts, so it carries their sources. */
export type ChecklistStep = Statement;

export interface ChecklistGroup {
  readonly id: string;
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

const WINDOWS: ChecklistGroup = {
  id: 'windows',
  title: 'group_windows',
  kind: 'system',
  steps: [
    { id: 'windows-remove-kaspersky', text: 'step_windows_remove_kaspersky', basedOn: [], extraSources: [MICROSOFT_UNINSTALL_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
    { id: 'windows-protection-on', text: 'step_windows_protection_on', basedOn: [], extraSources: [WINDOWS_SECURITY_SOURCE, MICROSOFT_DEFENDER_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
  ],
};

const MAC: ChecklistGroup = {
  id: 'mac',
  title: 'group_mac',
  kind: 'system',
  steps: [
    { id: 'mac-remove-kaspersky', text: 'step_mac_remove_kaspersky', basedOn: [], extraSources: [APPLE_UNINSTALL_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
    { id: 'mac-protection', text: 'step_mac_protection', basedOn: [], extraSources: [APPLE_XPROTECT_SOURCE] },
  ],
};

const ANDROID: ChecklistGroup = {
  id: 'android',
  title: 'group_android',
  kind: 'system',
  steps: [
    { id: 'android-remove-kaspersky', text: 'step_android_remove_kaspersky', basedOn: [], extraSources: [ANDROID_APPS_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
    {
      id: 'android-play-protect',
      text: 'step_android_play_protect',
      basedOn: [],
      extraSources: [GOOGLE_PLAY_PROTECT_SOURCE, GOOGLE_PLAY_PROTECT_SOURCE_ES],
      // The Spanish page was read only where it says what Play Protect does, not its menu path.
      unconfirmedLabelsIn: ['es', 'id'],
    },
  ],
};

const IPHONE: ChecklistGroup = {
  id: 'iphone',
  title: 'group_iphone',
  kind: 'system',
  steps: [
    { id: 'iphone-remove-kaspersky', text: 'step_iphone_remove_kaspersky', basedOn: [], extraSources: [APPLE_IPHONE_DELETE_APPS_SOURCE, APPLE_IPAD_DELETE_APPS_SOURCE], unconfirmedLabelsIn: ['es', 'id'] },
  ],
};

/** Kaspersky's other products, for readers under the US rules (the ban covers them all). */
const PASSWORD_MANAGER: ChecklistGroup = {
  id: 'password-manager',
  title: 'group_password_manager',
  kind: 'product',
  steps: [{ id: 'password-manager-export', text: 'step_password_manager_export', basedOn: [], extraSources: [KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE, KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE_ES] }],
};

const VPN_AND_SAFE_KIDS: ChecklistGroup = {
  id: 'vpn-safe-kids',
  title: 'group_vpn_safe_kids',
  kind: 'product',
  steps: [
    { id: 'vpn-replace', text: 'step_vpn_replace', basedOn: ['us-ultraav-switch'] },
    {
      id: 'safe-kids-replace',
      text: 'step_safe_kids_replace',
      basedOn: [],
      extraSources: [GOOGLE_FAMILY_LINK_SOURCE, APPLE_SCREEN_TIME_SOURCE, MICROSOFT_FAMILY_SAFETY_SOURCE, APPLE_SCREEN_TIME_SOURCE_ES, GOOGLE_FAMILY_LINK_SOURCE_ES, APPLE_SCREEN_TIME_SOURCE_ID],
    },
  ],
};

/** Only where the US rules apply, and only once Kaspersky's switch to UltraAV had begun. */
const ULTRAAV: ChecklistGroup = {
  id: 'ultraav',
  title: 'group_ultraav',
  kind: 'product',
  steps: [
    { id: 'ultraav-keep-or-remove', text: 'step_ultraav_keep_or_remove', basedOn: ['us-ultraav-switch'], extraSources: [TECHZINE_ULTRAAV_UNINSTALL_SOURCE] },
    { id: 'ultraav-renewal', text: 'step_ultraav_renewal', basedOn: ['us-ultraav-switch'] },
  ],
  note: 'group_ultraav_refunds_note',
};

const BUSINESS: ChecklistGroup = {
  id: 'business',
  title: 'group_business',
  kind: 'business',
  steps: [
    { id: 'business-inventory', text: 'step_business_inventory', basedOn: [] },
    { id: 'business-plan', text: 'step_business_plan', basedOn: ['de-bsi-warning'] },
  ],
};

const BUSINESS_CONTRACTS_STEP: ChecklistStep = { id: 'business-contracts', text: 'step_business_contracts', basedOn: ['us-updates-end'] };

/** Neutral: where to compare other protection, with no brand recommended and no affiliate link. */
export const COMPARE_PROTECTION: Statement = { id: 'compare-protection', text: 'checklist_compare_protection', basedOn: [], extraSources: [AV_TEST_SOURCE, AV_COMPARATIVES_SOURCE] };

/** People switching are what tech-support scammers look for. */
export const SCAM_WARNING: Statement = { id: 'scam-warning', text: 'checklist_scam_warning', basedOn: [], extraSources: [FTC_TECH_SUPPORT_SCAMS_SOURCE, FTC_TECH_SUPPORT_SCAMS_SOURCE_ES] };

/** Every group any region can show, for parsing what is stored: an id not here is not ours. */
export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = [WINDOWS, MAC, ANDROID, IPHONE, ULTRAAV, PASSWORD_MANAGER, VPN_AND_SAFE_KIDS, { ...BUSINESS, steps: [...BUSINESS.steps, BUSINESS_CONTRACTS_STEP] }];

/**
 * What to do for the region's status at `now`, in groups; none where the status calls for no
 * action (no restriction, or one for government systems only).
 */
export function getChecklist(milestones: readonly Milestone[], region: RegionId, level: Level, now: Date): ChecklistGroup[] {
  if (!isActionLevel(level)) return [];
  // Germany's BSI warns against Kaspersky anti-virus only: the anti-virus steps, on every system.
  if (!isUsRuleRegion(region)) return [WINDOWS, MAC, ANDROID, IPHONE, BUSINESS];
  const hasUltraAvArrived = isPassed(findMilestone(milestones, 'us-ultraav-switch'), now);
  return [
    WINDOWS,
    MAC,
    ANDROID,
    IPHONE,
    ...(hasUltraAvArrived ? [ULTRAAV] : []),
    PASSWORD_MANAGER,
    ...(hasUltraAvArrived ? [VPN_AND_SAFE_KIDS] : [{ ...VPN_AND_SAFE_KIDS, steps: VPN_AND_SAFE_KIDS.steps.filter((step) => step.id !== 'vpn-replace') }]),
    { ...BUSINESS, steps: [...BUSINESS.steps, BUSINESS_CONTRACTS_STEP] },
  ];
}

/**
 * The version of the facts a step rests on: its milestones' facts and its own sources. Ticked
 * under one version, a step opens again when an update adds or corrects what it rests on. A page
 * for readers of one language repeats what the others say, so finding one opens nothing again.
 */
export function getStepFingerprint(step: ChecklistStep, milestones: readonly Milestone[]): string {
  const facts = step.basedOn.map((id) => getFactFingerprint(findMilestone(milestones, id)));
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

const KNOWN_STEP_IDS: ReadonlySet<string> = new Set(CHECKLIST_GROUPS.flatMap((group) => group.steps.map((step) => step.id)));
const KNOWN_GROUP_IDS: ReadonlySet<string> = new Set(CHECKLIST_GROUPS.map((group) => group.id));
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
 * Reads the stored marks from all of an area's entries, as untrusted input: an unknown step or
 * group, a value that is not a fingerprint (or `true` for a group set aside) is left out, and
 * reported for removal. Entries that are not the checklist's are ignored.
 */
export function parseChecklistEntries(entries: unknown): ParsedChecklistState {
  const doneSteps: Record<string, string> = {};
  const setAsideGroups: string[] = [];
  const invalidKeys: string[] = [];
  for (const [key, value] of Object.entries(isPlainObject(entries) ? entries : {})) {
    if (key.startsWith(DONE_STEP_KEY_PREFIX)) {
      const id = key.slice(DONE_STEP_KEY_PREFIX.length);
      if (KNOWN_STEP_IDS.has(id) && typeof value === 'string' && FINGERPRINT_PATTERN.test(value)) doneSteps[id] = value;
      else invalidKeys.push(key);
    } else if (key.startsWith(SET_ASIDE_KEY_PREFIX)) {
      const id = key.slice(SET_ASIDE_KEY_PREFIX.length);
      if (KNOWN_GROUP_IDS.has(id) && value === true) setAsideGroups.push(id);
      else invalidKeys.push(key);
    }
  }
  return { state: { doneSteps, setAsideGroups }, invalidKeys };
}

export interface GroupProgress {
  readonly group: ChecklistGroup;
  readonly isSetAside: boolean;
  /** Ticked under the facts as they are now. */
  readonly doneStepIds: readonly string[];
  /** Neither set aside nor every step done. */
  readonly isOpen: boolean;
}

export interface ChecklistProgress {
  readonly groups: readonly GroupProgress[];
  /** How many groups still need the reader. */
  readonly openGroupCount: number;
  /** Whether there is anything to do at all for this status. */
  readonly hasItems: boolean;
}

export function getChecklistProgress(groups: readonly ChecklistGroup[], state: ChecklistState, milestones: readonly Milestone[]): ChecklistProgress {
  const progress = groups.map((group): GroupProgress => {
    const doneStepIds = group.steps.filter((step) => state.doneSteps[step.id] === getStepFingerprint(step, milestones)).map((step) => step.id);
    const isSetAside = state.setAsideGroups.includes(group.id);
    return { group, isSetAside, doneStepIds, isOpen: !isSetAside && doneStepIds.length < group.steps.length };
  });
  return { groups: progress, openGroupCount: progress.filter((group) => group.isOpen).length, hasItems: progress.length > 0 };
}
