import type { DisplayContext } from '../core/format-milestone-date';
import type { MixUp } from '../core/mix-ups';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { StatementText } from './statement-text';

interface SectionProps {
  /** The mix-ups as they read now (getMixUps). */
  readonly mixUps: readonly MixUp[];
  readonly milestones: readonly Milestone[];
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/** Each circulating error, marked as a claim, beside its correction and source. */
export function MixUpsSection({ mixUps, milestones, translate, display }: SectionProps) {
  return (
    <dl class="mix-ups">
      {mixUps.map((mixUp) => (
        <div key={mixUp.id} class="mix-up">
          <dt>
            <span class="label">{translate('mixup_claim_label')}:</span> <s>{translate(mixUp.claim)}</s>
          </dt>
          <dd>
            <span class="label">{translate('mixup_fact_label')}:</span>{' '}
            <StatementText statement={mixUp.fact} milestones={milestones} translate={translate} display={display} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
