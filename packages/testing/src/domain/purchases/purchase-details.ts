import type { PurchaseDetailsInput } from '@ummah/schema/ummah/types';
import type { ProductRecord, PurchaseDetailsRecord } from '../records';

/**
 * The total of a product list in the smallest currency unit: Σ round(price × quantity) − discount.
 * Rounded per line so fractional quantities still give integer money.
 */
export function totalOf(products: readonly ProductRecord[]): number {
  return products.reduce(
    (sum, product) => sum + Math.max(0, Math.round(product.price * product.quantity) - product.discount),
    0,
  );
}

/**
 * A `purchase` block as stored, from a validated request: product defaults filled in, the currency
 * defaulting to the brand's (USD in the mock), and the total computed unless `total_override` is set.
 */
export function purchaseDetailsFrom(input: PurchaseDetailsInput): PurchaseDetailsRecord {
  const products = input.products.map(
    (product): ProductRecord => ({
      name: product.name,
      price: product.price,
      quantity: product.quantity ?? 1,
      discount: product.discount ?? 0,
      tax_percent: product.tax_percent ?? 0,
      category: product.category ?? '',
    }),
  );
  return {
    products,
    currency: input.currency ?? 'USD',
    total_amount: input.total_override ?? totalOf(products),
    language: input.language ?? 'en',
    notes: input.notes ?? '',
    due_strict: input.due_strict ?? false,
    email_message: input.email_message ?? '',
  };
}
