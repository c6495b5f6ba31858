import type { MessageKey } from './messages';
import type { Statement } from './statement';

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
