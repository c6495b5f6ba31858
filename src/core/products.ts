import type { MessageKey } from './messages';
import { BIS_KASPERSKY_PAGE } from './official-status-page';
import type { Statement } from './statement';

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
