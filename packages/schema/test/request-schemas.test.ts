import { describe, expect, it } from 'vitest';
import { flattenAllOf, nonNullTypes } from '../scripts/lib/schema-model.js';
import { resolveRef, type SchemaObject } from '../scripts/lib/spec.js';
import {
  ClientCreateParamsSchema,
  PaymentMethodsListQuerySchema,
  PurchaseCaptureParamsSchema,
  PurchaseCreateParamsSchema,
  PurchaseRefundParamsSchema,
  WebhookCreateParamsSchema,
  WebhooksDeliveriesQuerySchema,
} from '../ummah/schemas.js';
import { validators } from '../ummah/validators.js';
import { legacyDecimalAmountBody, quickstartBody } from './fixtures/reference.js';
import { spec, specOperations } from './helpers/spec.js';

/** Money fields by name: amounts, prices, discounts, debts, totals and their overrides. */
const MONEY_FIELD = /^(amount|price|discount|debt|total|.*_amount|.*_override)$/;

/** Every money field reachable from a schema, with the schema that defines it (after `$ref`). */
function moneyFields(
  schema: SchemaObject,
  path: string,
  seen = new Set<string>(),
): Array<[string, SchemaObject]> {
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    return moneyFields(
      resolveRef<SchemaObject>(spec, schema.$ref, 'schemas'),
      path,
      new Set([...seen, schema.$ref]),
    );
  }
  const flat = flattenAllOf(spec, schema);
  const found: Array<[string, SchemaObject]> = [];
  if (flat.items) found.push(...moneyFields(flat.items, `${path}[]`, seen));
  for (const [name, prop] of Object.entries(flat.properties ?? {})) {
    const target = prop.$ref ? resolveRef<SchemaObject>(spec, prop.$ref, 'schemas') : prop;
    if (MONEY_FIELD.test(name)) found.push([`${path}.${name}`, target]);
    found.push(...moneyFields(prop, `${path}.${name}`, seen));
  }
  return found;
}

/** The quickstart body with one product line replaced. */
function withProduct(product: Record<string, unknown>) {
  return { ...quickstartBody, purchase: { ...quickstartBody.purchase, products: [product] } };
}

/** The dotted paths of the issues a failed parse reports. */
function issuePaths(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('strict request schemas', () => {
  it("accept the reference's quickstart body", () => {
    expect(PurchaseCreateParamsSchema.parse(quickstartBody)).toEqual(quickstartBody);
  });

  it.each([
    ['a float price', 49.99],
    ['a negative price', -5000],
    ['a price given as a string', '5000'],
    ['an unsafe integer price', 2 ** 53],
  ])('reject %s', (_label, price) => {
    const result = PurchaseCreateParamsSchema.safeParse(withProduct({ name: 'T-Shirt', price, quantity: 1 }));
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain('purchase.products.0.price');
  });

  it.each([
    ['float', 10.5],
    ['negative', -1],
  ])('reject a %s capture or refund amount', (_label, amount) => {
    expect(PurchaseCaptureParamsSchema.safeParse({ amount }).success).toBe(false);
    expect(PurchaseRefundParamsSchema.safeParse({ amount, reference: 'R-1' }).success).toBe(false);
  });

  it('declare every money field of every request body as an integer of at least zero', () => {
    const fields = [...specOperations.values()]
      .filter((op) => op.body)
      .flatMap((op) => moneyFields({ $ref: `#/components/schemas/${op.body?.schema}` }, op.id));
    expect(fields.length).toBeGreaterThanOrEqual(10);
    for (const [path, schema] of fields) {
      expect(nonNullTypes(schema), path).toEqual(['integer']);
      expect(schema.minimum, path).toBe(0);
    }
  });

  it('accept zero and whole amounts', () => {
    expect(PurchaseCaptureParamsSchema.safeParse({ amount: 0 }).success).toBe(true);
    expect(PurchaseRefundParamsSchema.safeParse({ amount: 1500 }).success).toBe(true);
  });

  it.each(['usd', 'US', 'USDT', 'U$D'])('reject the currency %j', (currency) => {
    const result = PurchaseCreateParamsSchema.safeParse({
      ...quickstartBody,
      purchase: { ...quickstartBody.purchase, currency },
    });
    expect(issuePaths(result)).toEqual(['purchase.currency']);
  });

  it.each(['user', 'user@', '@example.com', 'user example.com'])('reject the email %j', (email) => {
    expect(
      issuePaths(PurchaseCreateParamsSchema.safeParse({ ...quickstartBody, client: { email } })),
    ).toEqual(['client.email']);
    expect(ClientCreateParamsSchema.safeParse({ email }).success).toBe(false);
  });

  it('reject a body without the fields the reference requires', () => {
    const { brand_id: _brand, ...withoutBrand } = quickstartBody;
    expect(issuePaths(PurchaseCreateParamsSchema.safeParse(withoutBrand))).toEqual(['brand_id']);
    expect(issuePaths(PurchaseCreateParamsSchema.safeParse({ ...quickstartBody, client: {} }))).toEqual([
      'client.email',
    ]);
  });

  it('reject unknown keys, so a misspelt option never goes out silently', () => {
    const result = PurchaseCreateParamsSchema.safeParse({
      ...quickstartBody,
      sucess_redirect: 'https://x.test/',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('reject the decimal-string amount of the legacy one-click snippet', () => {
    expect(PurchaseCreateParamsSchema.safeParse(legacyDecimalAmountBody).success).toBe(false);
  });

  it('close enums on requests: an unknown event type cannot be subscribed to', () => {
    const base = { callback: 'https://mysite.com/webhook' };
    expect(WebhookCreateParamsSchema.safeParse({ ...base, events: ['purchase.paid'] }).success).toBe(true);
    expect(WebhookCreateParamsSchema.safeParse({ ...base, events: ['purchase.piad'] }).success).toBe(false);
    expect(WebhookCreateParamsSchema.safeParse({ callback: 'not a url' }).success).toBe(false);
  });

  it('validate query strings strictly too', () => {
    expect(PaymentMethodsListQuerySchema.safeParse({ brand_id: 'b', currency: 'USD' }).success).toBe(true);
    expect(PaymentMethodsListQuerySchema.safeParse({ brand_id: 'b', currency: 'usd' }).success).toBe(false);
    expect(PaymentMethodsListQuerySchema.safeParse({ currency: 'USD' }).success).toBe(false);
    expect(WebhooksDeliveriesQuerySchema.safeParse({ id: 'x', source_type: 'refund' }).success).toBe(false);
  });

  it('are strict objects all the way down for every operation that takes a body', () => {
    for (const [id, op] of Object.entries(validators)) {
      if (!op.body) continue;
      const result = op.body.safeParse({ surely_not_a_gateway_field: true });
      expect(result.success, id).toBe(false);
      expect(
        result.error?.issues.some((i) => i.code === 'unrecognized_keys'),
        id,
      ).toBe(true);
    }
  });
});
