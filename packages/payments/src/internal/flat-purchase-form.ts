import { RequestValidationError } from '../errors.js';

/**
 * The gateway reference's recipes (one-click checkout, pre-authorisation) post a flat body to
 * `POST /purchases/`: `{ amount: '79.99', currency, name, recurring_token }`. The operation's
 * documented request, and every other example of it, is the nested form (`client`, `purchase.products`
 * with integer prices), and a saved card is charged with `POST /purchases/{id}/charge/`. So the flat
 * keys are refused before sending, with the exact nested call to write instead: no dead end, and no
 * guess about how a decimal string should be rounded.
 */

/** Keys of the flat recipe form that have no place at the top of the nested form. */
const FLAT_KEYS = ['amount', 'name', 'currency', 'recurring_token'] as const;

/** `'79.99'` or `79.99` → 7999, exactly (no floating point); undefined when it is not a money amount. */
export function toMinorUnits(value: unknown): number | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (match === null) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const show = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : String(value));

/** Refuses the flat recipe form of `purchases.create`, naming the nested equivalent of each key. */
export function refuseFlatPurchaseForm(params: unknown): void {
  if (typeof params !== 'object' || params === null) return;
  const body = params as Record<string, unknown>;
  const flat = FLAT_KEYS.filter((key) => key in body);
  if (flat.length === 0) return;
  const issues = flat.map((key) => {
    const value = body[key];
    switch (key) {
      case 'amount': {
        const minor = toMinorUnits(value);
        return {
          path: 'amount',
          message:
            minor === undefined
              ? 'Not a field of purchases.create: put the price on purchase.products[0].price, an integer in the smallest currency unit'
              : `Not a field of purchases.create: amount ${show(value)} → purchase.products[0].price ${minor} (the smallest currency unit)`,
        };
      }
      case 'name':
        return { path: 'name', message: 'Not a field of purchases.create: name → purchase.products[0].name' };
      case 'currency':
        return { path: 'currency', message: `Not a field of purchases.create: currency → purchase.currency` };
      default:
        return {
          path: 'recurring_token',
          message:
            'Not a field of purchases.create: create the purchase, then pay it with the saved card: ummah.purchases.charge(purchase.id, { recurring_token })',
        };
    }
  });
  throw new RequestValidationError('purchases.create', issues);
}
