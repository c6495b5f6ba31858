import type { MessageKey } from './messages';
import { findMilestone, isAnnounced, isKnownPassed, type Milestone } from './milestone';
import type { Statement } from './statement';

export interface MixUp {
  readonly id: string;
  readonly claim: MessageKey;
  readonly fact: Statement;
}

/**
 * A correction worded differently before and after a milestone: "New sales end on July 20, 2024"
 * until that day, "ended" from then on.
 */
export interface TensedText {
  /** The milestone whose passing changes the tense. */
  readonly milestone: string;
  readonly before: MessageKey;
  readonly after: MessageKey;
}

/** A mix-up as written: its correction either reads true at every instant, or has a tense per side of a milestone. */
export interface MixUpRecord {
  readonly id: string;
  readonly claim: MessageKey;
  readonly fact: Omit<Statement, 'text'> & { readonly text: MessageKey | TensedText };
}

/** The circulating errors of the fact base, each beside its correction and source. */
export const MIX_UP_RECORDS: readonly MixUpRecord[] = [
  {
    id: 'cutoff',
    claim: 'mixup_cutoff_claim',
    fact: {
      id: 'cutoff',
      text: { milestone: 'us-updates-end', before: 'mixup_cutoff_fact_before', after: 'mixup_cutoff_fact' },
      basedOn: ['us-updates-end'],
      dateOf: ['us-updates-end'],
    },
  },
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
    fact: {
      id: 'sales-date',
      text: { milestone: 'us-new-sales-end', before: 'mixup_sales_date_fact_before', after: 'mixup_sales_date_fact' },
      basedOn: ['us-new-sales-end'],
      dateOf: ['us-new-sales-end'],
    },
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

function isTensed(text: MessageKey | TensedText): text is TensedText {
  return typeof text !== 'string';
}

/**
 * The mix-ups as they read at `now`. A correction appears once every milestone it rests on is
 * known (before the ban was announced, there was nothing to mix up, and a correction would tell
 * what nobody knew yet), in the tense of `now`. Every instant at which this changes is an
 * announcement or a passing of a US milestone, which the US status already wakes the pages for
 * (composeView: `usStatus.changesAt`).
 */
export function getMixUps(milestones: readonly Milestone[], now: Date): MixUp[] {
  return MIX_UP_RECORDS.filter(({ fact }) => [...fact.basedOn, ...(fact.dateOf ?? [])].every((id) => isAnnounced(findMilestone(milestones, id), now))).map(
    ({ id, claim, fact }) => {
      const { text } = fact;
      const resolved = isTensed(text) ? (isKnownPassed(findMilestone(milestones, text.milestone), now) ? text.after : text.before) : text;
      return { id, claim, fact: { ...fact, text: resolved } };
    },
  );
}

/** Every message a correction can be said in, at one instant or another. */
export function listMixUpFactTexts(record: MixUpRecord): MessageKey[] {
  const { text } = record.fact;
  return isTensed(text) ? [text.before, text.after] : [text];
}
