import type { MessageKey } from './messages';
import { isPassed, type Milestone, type Source } from './milestone';
import { BIS_KASPERSKY_PAGE, MICROSOFT_DEFENDER_SOURCE, MICROSOFT_UNINSTALL_SOURCE, MILESTONES, TECHZINE_ULTRAAV_UNINSTALL_SOURCE } from './milestones';
import { isUsRuleRegion, type RegionId } from './regions';

/**
 * One sentence the popup states as fact, with what backs it: the milestones whose sources it
 * rests on (their dates fill `$1`, `$2`… in the order of `dateOf`), and any further sources.
 */
export interface Statement {
  readonly id: string;
  readonly text: MessageKey;
  readonly basedOn: readonly string[];
  readonly dateOf?: readonly string[];
  readonly extraSources?: readonly Source[];
}

export function findMilestone(id: string): Milestone {
  const milestone = MILESTONES.find((candidate) => candidate.id === id);
  if (!milestone) throw new Error(`No milestone "${id}"`);
  return milestone;
}

/** Sources in order, each once (milestones often share a source). */
export function withoutRepeatedSources(sources: readonly Source[]): Source[] {
  return sources.filter((source, index) => sources.findIndex((other) => other.url === source.url) === index);
}

/** The sources of a statement: those of its milestones, then its own, without repeats. */
export function getStatementSources(statement: Statement): Source[] {
  return withoutRepeatedSources([...statement.basedOn.flatMap((id) => findMilestone(id).sources), ...(statement.extraSources ?? [])]);
}

/** "What this means for you" in the US rules' regions, as it stands at `now`. */
export function getUsMeaning(now: Date): Statement[] {
  const updatesEnd = findMilestone('us-updates-end');
  if (!isPassed(findMilestone('us-bis-final-determination'), now)) return [];
  const statements: Statement[] = [
    {
      id: 'updates',
      text: isPassed(updatesEnd, now) ? 'meaning_us_updates_after' : 'meaning_us_updates_before',
      basedOn: ['us-updates-end'],
      dateOf: ['us-updates-end'],
    },
    { id: 'legal', text: 'meaning_us_legal', basedOn: ['us-bis-final-determination'] },
    {
      id: 'sales',
      text: isPassed(findMilestone('us-new-sales-end'), now) ? 'meaning_us_sales_after' : 'meaning_us_sales_before',
      basedOn: ['us-new-sales-end'],
      dateOf: ['us-new-sales-end'],
    },
  ];
  if (isPassed(findMilestone('us-ultraav-switch'), now)) statements.push({ id: 'ultraav', text: 'meaning_us_ultraav', basedOn: ['us-ultraav-switch'] });
  return statements;
}

/** Why the US rules do not reach a reader in another region (BIS: "in the US or to U.S. persons"). */
export const WHY_NOT_US_RULES: Statement = { id: 'why-not-us', text: 'meaning_why_not_us', basedOn: ['us-bis-final-determination'] };

/** Facts that reach every region, whatever its own rules. */
export function getWorldwideMeaning(now: Date): Statement[] {
  return isPassed(findMilestone('us-google-play-removal'), now)
    ? [{ id: 'play-store', text: 'meaning_play_store', basedOn: ['us-google-play-removal'] }]
    : [];
}

export const COVERED_PRODUCTS: readonly MessageKey[] = [
  'product_security_suites',
  'product_vpn',
  'product_password_manager',
  'product_safe_kids',
  'product_business',
];

/**
 * The ban names "anti-virus or cybersecurity products or services"; the examples are from the
 * appendix of example products on BIS's Kaspersky page (the fact base), not from Kaspersky's
 * farewell gift list.
 */
export const COVERED_PRODUCTS_STATEMENT: Statement = {
  id: 'covered',
  text: 'products_intro',
  basedOn: ['us-bis-final-determination'],
  extraSources: [BIS_KASPERSKY_PAGE],
};

/** What the ban leaves out, as quoted from the BIS text (the fact base, "Not covered"). */
export const NOT_COVERED_STATEMENT: Statement = { id: 'not-covered', text: 'products_not_covered_intro', basedOn: ['us-bis-final-determination'] };

export interface ChecklistStep extends Statement {
  /** Shown only where the US rules apply (UltraAV came only to U.S. customers). */
  readonly isUsOnly?: boolean;
}

export interface Checklist {
  readonly id: string;
  readonly title: MessageKey;
  readonly steps: readonly ChecklistStep[];
}

/** Neutral steps: replace before removing, never unprotected; no product named but the built-in one. */
export const CHECKLISTS: readonly Checklist[] = [
  {
    id: 'windows',
    title: 'todo_windows',
    steps: [
      { id: 'windows-replacement', text: 'step_windows_replacement', basedOn: [], extraSources: [MICROSOFT_DEFENDER_SOURCE] },
      { id: 'windows-remove', text: 'step_windows_remove', basedOn: [], extraSources: [MICROSOFT_UNINSTALL_SOURCE] },
      { id: 'windows-ultraav', text: 'step_windows_ultraav', basedOn: ['us-ultraav-switch'], extraSources: [TECHZINE_ULTRAAV_UNINSTALL_SOURCE], isUsOnly: true },
    ],
  },
  {
    id: 'macos',
    title: 'todo_macos',
    steps: [
      { id: 'macos-replacement', text: 'step_macos_replacement', basedOn: [] },
      { id: 'macos-ultraav', text: 'step_macos_ultraav', basedOn: ['us-ultraav-switch'], isUsOnly: true },
    ],
  },
  {
    id: 'android',
    title: 'todo_android',
    steps: [{ id: 'android-replacement', text: 'step_android_replacement', basedOn: ['us-google-play-removal'] }],
  },
  {
    id: 'business',
    title: 'todo_business',
    steps: [
      { id: 'business-inventory', text: 'step_business_inventory', basedOn: [] },
      { id: 'business-plan', text: 'step_business_plan', basedOn: ['de-bsi-warning'] },
      { id: 'business-contracts', text: 'step_business_contracts', basedOn: ['us-updates-end'], isUsOnly: true },
    ],
  },
];

/** Before Google removed the apps, the Android step cannot say so. */
const ANDROID_STEP_BEFORE_PLAY_REMOVAL: ChecklistStep = { id: 'android-replacement', text: 'step_android_replacement_before', basedOn: [] };

export function getChecklists(region: RegionId, now: Date): Checklist[] {
  const isPlayRemovalPassed = isPassed(findMilestone('us-google-play-removal'), now);
  return CHECKLISTS.map((checklist) => ({
    ...checklist,
    steps: checklist.steps
      .filter((step) => !step.isUsOnly || isUsRuleRegion(region))
      .map((step) => (step.id === ANDROID_STEP_BEFORE_PLAY_REMOVAL.id && !isPlayRemovalPassed ? ANDROID_STEP_BEFORE_PLAY_REMOVAL : step)),
  }));
}

export interface MixUp {
  readonly id: string;
  readonly claim: MessageKey;
  readonly fact: Statement;
}

/** The circulating errors of the fact base, each beside its correction and source. */
export const MIX_UPS: readonly MixUp[] = [
  { id: 'cutoff', claim: 'mixup_cutoff_claim', fact: { id: 'cutoff', text: 'mixup_cutoff_fact', basedOn: ['us-updates-end'], dateOf: ['us-updates-end'] } },
  { id: 'stops-working', claim: 'mixup_stops_working_claim', fact: { id: 'stops-working', text: 'mixup_stops_working_fact', basedOn: ['us-bis-final-determination'] } },
  { id: 'users-must-stop', claim: 'mixup_users_must_stop_claim', fact: { id: 'users-must-stop', text: 'mixup_users_must_stop_fact', basedOn: ['us-updates-end'] } },
  { id: 'jobs', claim: 'mixup_jobs_claim', fact: { id: 'jobs', text: 'mixup_jobs_fact', basedOn: ['us-kaspersky-wind-down'] } },
  {
    id: 'sanctions',
    claim: 'mixup_sanctions_claim',
    fact: { id: 'sanctions', text: 'mixup_sanctions_fact', basedOn: ['us-ofac-sanctions'], dateOf: ['us-ofac-sanctions'] },
  },
  {
    id: 'sales-date',
    claim: 'mixup_sales_date_claim',
    fact: { id: 'sales-date', text: 'mixup_sales_date_fact', basedOn: ['us-new-sales-end'], dateOf: ['us-new-sales-end'] },
  },
  {
    id: 'announcement',
    claim: 'mixup_announcement_claim',
    fact: {
      id: 'announcement',
      text: 'mixup_announcement_fact',
      basedOn: ['us-bis-final-determination', 'us-final-determination-published'],
      dateOf: ['us-bis-final-determination', 'us-final-determination-published'],
    },
  },
  {
    id: 'fight-back',
    claim: 'mixup_fight_back_claim',
    fact: { id: 'fight-back', text: 'mixup_fight_back_fact', basedOn: ['us-kaspersky-response'], dateOf: ['us-kaspersky-response'] },
  },
];
