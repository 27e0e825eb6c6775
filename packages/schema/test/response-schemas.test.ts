import { describe, expect, it } from 'vitest';
import { routes } from '../ummah/routes.js';
import {
  ClientListSchema,
  ErrorResponseSchema,
  PaymentSchema,
  PublicKeyResponseSchema,
  PurchaseSchema,
  WebhookSchema,
} from '../ummah/schemas.js';
import type {
  ClientDetails,
  Purchase,
  PurchaseDetails,
  PurchaseStatus,
  WithUnknownFields,
} from '../ummah/types.js';
import { validators } from '../ummah/validators.js';

const purchase = {
  id: 'd6c9e9e0-1b5a-4c6e-8b3a-0f1a2b3c4d5e',
  status: 'paid',
  checkout_url: 'https://pay.ummah.com/checkout/d6c9',
  created_on: 1700000000,
  purchase: {
    total: 2999,
    currency: 'USD',
    products: [{ name: 'T-Shirt', price: 2999, quantity: '1.0000' }],
  },
};

describe('open response schemas', () => {
  it('keep fields the documentation does not list, at every level', () => {
    const body = {
      ...purchase,
      loyalty_points: 12,
      purchase: { ...purchase.purchase, installments: { count: 3 } },
      client: { email: 'a@example.com', preferred_language: 'ms' },
    };
    const parsed: Purchase = PurchaseSchema.parse(body);
    expect(parsed).toEqual(body);
    // Undeclared fields are reached through WithUnknownFields, typed unknown until checked.
    expect((parsed as WithUnknownFields<Purchase>).loyalty_points).toBe(12);
    expect((parsed.purchase as WithUnknownFields<PurchaseDetails>).installments).toEqual({ count: 3 });
    expect((parsed.client as WithUnknownFields<ClientDetails>).preferred_language).toBe('ms');
  });

  it('type a misspelt field as a compile error, not as unknown', () => {
    const parsed: Purchase = PurchaseSchema.parse(purchase);
    // @ts-expect-error `statuss` is not a field of Purchase (an index signature used to accept it).
    expect(parsed.statuss).toBeUndefined();
    // @ts-expect-error nested shapes are closed too.
    expect(parsed.purchase?.totl).toBeUndefined();
    const raw = parsed as WithUnknownFields<Purchase>;
    expect(raw.statuss).toBeUndefined();
  });

  it('accept enum values the platform adds later and keep them verbatim', () => {
    const parsed = PurchaseSchema.parse({
      ...purchase,
      status: 'partially_refunded',
      refund_availability: 'soon',
    });
    const status: PurchaseStatus = parsed.status;
    expect(status).toBe('partially_refunded');
    expect(parsed.refund_availability).toBe('soon');
    expect(WebhookSchema.parse({ id: 'wh', events: ['purchase.future_event'] }).events).toEqual([
      'purchase.future_event',
    ]);
  });

  it('accept numbers that are not whole, because a response must never crash the app', () => {
    expect(PaymentSchema.parse({ amount: 10.5 }).amount).toBe(10.5);
  });

  it('still reject a body whose structure is wrong', () => {
    expect(PurchaseSchema.safeParse({ ...purchase, status: 42 }).success).toBe(false);
    expect(PurchaseSchema.safeParse({ ...purchase, purchase: 'd6c9' }).success).toBe(false);
    expect(PurchaseSchema.safeParse({ status: 'paid' }).success).toBe(false);
    // The fields every answer and callback carries are required.
    const { checkout_url: _url, ...withoutCheckout } = purchase;
    expect(PurchaseSchema.safeParse(withoutCheckout).success).toBe(false);
    const { created_on: _created, ...withoutCreated } = purchase;
    expect(PurchaseSchema.safeParse(withoutCreated).success).toBe(false);
  });

  it('read list pages and keep extra envelope fields', () => {
    const page = {
      results: [{ id: 'c1', email: 'a@example.com', vip: true }],
      next: null,
      previous: null,
      count: 1,
    };
    expect(ClientListSchema.parse(page)).toEqual(page);
    expect(ClientListSchema.safeParse({ results: [{ id: 'c1' }] }).success).toBe(false);
  });

  it('accept the public key both as a bare PEM string and wrapped in an object', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----';
    expect(PublicKeyResponseSchema.parse(pem)).toBe(pem);
    expect(PublicKeyResponseSchema.parse({ public_key: pem })).toEqual({ public_key: pem });
  });

  it('recognise the error body the platform sends for form errors', () => {
    const body = { __all__: ['Purchase is not in a refundable state.'], amount: ['Too high.'] };
    expect(ErrorResponseSchema.parse(body)).toEqual(body);
  });

  it('describe 204 answers as no content', () => {
    expect(validators['clients.delete'].response.safeParse(undefined).success).toBe(true);
    expect(routes['clients.delete'].successStatus).toBe(204);
    expect(routes['clients.delete'].responseBody).toBe('none');
  });
});
