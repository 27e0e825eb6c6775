import type { BodyReader } from '../http/body-reader';
import {
  CLIENT_TEXT_FIELDS,
  type ClientDetailsRecord,
  type ProductRecord,
  type PurchaseDetailsRecord,
} from './records';

/** Client details with every field present (the gateway sends empty strings, not nulls). */
export function emptyClientDetails(email: string): ClientDetailsRecord {
  const details = { email, cc: [], bcc: [] } as unknown as ClientDetailsRecord;
  for (const field of CLIENT_TEXT_FIELDS) details[field] = '';
  return details;
}

/**
 * Reads client contact fields (the body was already checked against the OpenAPI request schema).
 * With `partial`, absent fields are left out (PATCH); otherwise they reset to empty values (create
 * and PUT replace every field).
 */
export function readClientDetails(
  reader: BodyReader,
  mode: 'full' | 'partial',
): Partial<ClientDetailsRecord> {
  const details: Partial<ClientDetailsRecord> = mode === 'full' ? emptyClientDetails('') : {};
  const email = reader.email('email', { required: mode === 'full' });
  if (email !== undefined) details.email = email;
  for (const field of CLIENT_TEXT_FIELDS) {
    const value = reader.string(field);
    if (value !== undefined) details[field] = value;
  }
  for (const field of ['cc', 'bcc'] as const) {
    const value = reader.strings(field);
    if (value !== undefined) details[field] = value;
  }
  return details;
}

function readProduct(reader: BodyReader): ProductRecord | undefined {
  const name = reader.string('name', { required: true, maxLength: 256 });
  const price = reader.integer('price', { required: true, min: 0 });
  const quantity = reader.number('quantity', { exclusiveMin: 0 }) ?? 1;
  const discount = reader.integer('discount', { min: 0 }) ?? 0;
  const taxPercent = reader.number('tax_percent', { min: 0, max: 100 }) ?? 0;
  const category = reader.string('category') ?? '';
  if (name === undefined || price === undefined) return undefined;
  return { name, price, quantity, discount, tax_percent: taxPercent, category };
}

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
 * Reads a `purchase` (PurchaseDetails) block: at least one product, integer prices, an optional
 * 3-letter currency (defaulting to the brand's, USD in the mock), and `total_override`.
 */
export function readPurchaseDetails(reader: BodyReader): PurchaseDetailsRecord | undefined {
  const products = reader.objects('products', { required: true, minItems: 1 });
  const currency = reader.currency('currency') ?? 'USD';
  const language = reader.string('language') ?? 'en';
  const notes = reader.string('notes') ?? '';
  const dueStrict = reader.boolean('due_strict') ?? false;
  const emailMessage = reader.string('email_message') ?? '';
  const totalOverride = reader.integer('total_override', { min: 0 });
  if (products === undefined) return undefined;
  const parsed = products.map(readProduct);
  if (parsed.length === 0 || parsed.some((product) => product === undefined)) return undefined;
  const list = parsed as ProductRecord[];
  return {
    products: list,
    currency,
    total_amount: totalOverride ?? totalOf(list),
    language,
    notes,
    due_strict: dueStrict,
    email_message: emailMessage,
  };
}
