import type { DisplayContext } from '../core/format-milestone-date';
import { COVERED_PRODUCTS, COVERED_PRODUCTS_STATEMENT, NOT_COVERED_STATEMENT } from '../core/guidance';
import type { Translate } from '../core/messages';
import { isUsRuleRegion, type RegionId } from '../core/regions';
import { StatementText } from './statement-text';

export function ProductsSection({ region, translate, display }: { readonly region: RegionId; readonly translate: Translate; readonly display: DisplayContext }) {
  return (
    <>
      {!isUsRuleRegion(region) && <p>{translate('products_outside_us')}</p>}
      <p>
        <StatementText statement={COVERED_PRODUCTS_STATEMENT} translate={translate} display={display} />
      </p>
      <ul>
        {COVERED_PRODUCTS.map((product) => (
          <li key={product}>{translate(product)}</li>
        ))}
      </ul>
      <p>
        <StatementText statement={NOT_COVERED_STATEMENT} translate={translate} display={display} />
      </p>
    </>
  );
}
