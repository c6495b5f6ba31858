import type { DisplayContext } from '../core/format-milestone-date';
import { COVERED_PRODUCTS, COVERED_PRODUCTS_STATEMENT, NOT_COVERED_STATEMENT } from '../core/products';
import type { Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import { isUsRuleRegion, type RegionId } from '../core/regions';
import { StatementText } from './statement-text';

interface ProductsSectionProps {
  readonly region: RegionId;
  readonly milestones: readonly Milestone[];
  readonly translate: Translate;
  readonly display: DisplayContext;
}

export function ProductsSection({ region, milestones, translate, display }: ProductsSectionProps) {
  return (
    <>
      {!isUsRuleRegion(region) && <p>{translate('products_outside_us')}</p>}
      <p>
        <StatementText statement={COVERED_PRODUCTS_STATEMENT} milestones={milestones} translate={translate} display={display} />
      </p>
      <ul>
        {COVERED_PRODUCTS.map((product) => (
          <li key={product}>{translate(product)}</li>
        ))}
      </ul>
      <p>
        <StatementText statement={NOT_COVERED_STATEMENT} milestones={milestones} translate={translate} display={display} />
      </p>
    </>
  );
}
