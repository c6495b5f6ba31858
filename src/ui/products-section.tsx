import type { DisplayContext } from '../core/format-milestone-date';
import { COVERED_PRODUCTS, PRODUCTS_BASED_ON } from '../core/guidance';
import type { Translate } from '../core/messages';
import { isUsRuleRegion, type RegionId } from '../core/regions';
import { StatementText } from './statement-text';

export function ProductsSection({ region, translate, display }: { readonly region: RegionId; readonly translate: Translate; readonly display: DisplayContext }) {
  return (
    <>
      {!isUsRuleRegion(region) && <p>{translate('products_outside_us')}</p>}
      <p>{translate('products_intro')}</p>
      <ul>
        {COVERED_PRODUCTS.map((product) => (
          <li key={product}>{translate(product)}</li>
        ))}
      </ul>
      <p>
        <StatementText statement={{ id: 'not-covered', text: 'products_not_covered_intro', basedOn: PRODUCTS_BASED_ON }} translate={translate} display={display} />
      </p>
    </>
  );
}
