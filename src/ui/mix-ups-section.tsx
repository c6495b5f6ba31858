import type { DisplayContext } from '../core/format-milestone-date';
import { MIX_UPS } from '../core/guidance';
import type { Translate } from '../core/messages';
import { StatementText } from './statement-text';

/** Each circulating error, marked as a claim, beside its correction and source. */
export function MixUpsSection({ translate, display }: { readonly translate: Translate; readonly display: DisplayContext }) {
  return (
    <dl class="mix-ups">
      {MIX_UPS.map((mixUp) => (
        <div key={mixUp.id} class="mix-up">
          <dt>
            <span class="label">{translate('mixup_claim_label')}:</span> <s>{translate(mixUp.claim)}</s>
          </dt>
          <dd>
            <span class="label">{translate('mixup_fact_label')}:</span>{' '}
            <StatementText statement={mixUp.fact} translate={translate} display={display} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
