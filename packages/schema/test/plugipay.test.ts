import { describe, expect, it } from 'vitest';
import {
  CheckoutSessionCreateParamsSchema,
  CheckoutSessionSchema,
  CustomerCreateParamsSchema,
  RefundCreateParamsSchema,
  RefundSchema,
} from '../plugipay/schemas.js';
import type { CheckoutSessionStatus } from '../plugipay/types.js';
import { maxMetadataPairs, reference, sessionLifetimeSec } from './fixtures/plugipay-reference.js';
import { loadDescription } from './helpers/spec.js';

const plugipay = loadDescription('plugipay.yaml', false);
const session = reference.requestExamples['checkoutSessions.create']?.[0] ?? {};
const refund = reference.requestExamples['refunds.create']?.[0] ?? {};

/** Metadata with `count` string pairs. */
function metadata(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`key${i}`, `value${i}`]));
}

/** The dotted paths of the issues a failed parse reports. */
function issuePaths(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('Plugipay requests', () => {
  it('take up to 50 metadata pairs of strings, on customers and sessions', () => {
    const customer = { email: 'alice@example.com' };
    for (const schema of [CustomerCreateParamsSchema, CheckoutSessionCreateParamsSchema]) {
      const base = schema === CustomerCreateParamsSchema ? customer : session;
      expect(schema.safeParse({ ...base, metadata: metadata(maxMetadataPairs) }).success).toBe(true);
      expect(issuePaths(schema.safeParse({ ...base, metadata: metadata(maxMetadataPairs + 1) }))).toEqual([
        'metadata',
      ]);
      expect(issuePaths(schema.safeParse({ ...base, metadata: { tier: 3 } }))).toEqual(['metadata.tier']);
    }
  });

  it('need a customer email that is an email', () => {
    expect(CustomerCreateParamsSchema.safeParse({ name: 'Alice Tan' }).success).toBe(false);
    expect(CustomerCreateParamsSchema.safeParse({ email: 'alice' }).success).toBe(false);
  });

  it.each([
    ['a float amount', { amount: 2500.5 }, 'amount'],
    ['a zero amount', { amount: 0 }, 'amount'],
    ['a lower-case currency', { currency: 'idr' }, 'currency'],
    ['a successUrl that is not a URL', { successUrl: '/payment/success' }, 'successUrl'],
    ['a session longer than 24 hours', { expiresInSec: sessionLifetimeSec + 1 }, 'expiresInSec'],
    ['a zero lifetime', { expiresInSec: 0 }, 'expiresInSec'],
  ])('refuse a checkout session with %s', (_label, change, path) => {
    expect(issuePaths(CheckoutSessionCreateParamsSchema.safeParse({ ...session, ...change }))).toEqual([
      path,
    ]);
  });

  it('need amount, currency, successUrl and cancelUrl for a checkout session', () => {
    expect(issuePaths(CheckoutSessionCreateParamsSchema.safeParse({})).sort()).toEqual(
      ['amount', 'cancelUrl', 'currency', 'successUrl'].sort(),
    );
    expect(
      CheckoutSessionCreateParamsSchema.safeParse({ ...session, expiresInSec: sessionLifetimeSec }).success,
    ).toBe(true);
  });

  it.each(['requested_by_customer', 'duplicate', 'fraudulent'])('refund with reason %s', (reason) => {
    expect(RefundCreateParamsSchema.safeParse({ ...refund, reason }).success).toBe(true);
  });

  it('refuse an undocumented refund reason, and a refund without a reason', () => {
    expect(issuePaths(RefundCreateParamsSchema.safeParse({ ...refund, reason: 'changed_mind' }))).toEqual([
      'reason',
    ]);
    const { reason: _reason, ...withoutReason } = refund;
    expect(issuePaths(RefundCreateParamsSchema.safeParse(withoutReason))).toEqual(['reason']);
  });

  it('require a description with the reason other', () => {
    const other = { ...refund, reason: 'other' };
    const result = RefundCreateParamsSchema.safeParse(other);
    expect(issuePaths(result)).toEqual(['description']);
    expect(result.error?.issues[0]?.message).toBe("description is required when reason is 'other'");
    expect(RefundCreateParamsSchema.safeParse({ ...other, description: 'Goodwill refund' }).success).toBe(
      true,
    );
    expect(RefundCreateParamsSchema.safeParse({ ...other, description: '' }).success).toBe(false);
  });

  it('express that rule in the description itself, as JSON Schema if/then', () => {
    const schema = plugipay.component('RefundCreateParams');
    expect(schema.if).toEqual({ properties: { reason: { const: 'other' } }, required: ['reason'] });
    expect(schema.then?.required).toEqual(['description']);
  });

  it('refuse a partial refund amount that is not a whole number of the smallest unit', () => {
    expect(issuePaths(RefundCreateParamsSchema.safeParse({ ...refund, amount: 100000.5 }))).toEqual([
      'amount',
    ]);
  });
});

describe('Plugipay responses', () => {
  it('follow a session from open to its final status, and accept statuses added later', () => {
    const opened = reference.responseExamples['checkoutSessions.create']?.[0] ?? {};
    for (const status of ['open', 'complete', 'expired', 'canceled', 'refunding']) {
      const parsed: CheckoutSessionStatus = CheckoutSessionSchema.parse({ ...opened, status }).status;
      expect(parsed).toBe(status);
    }
    expect(CheckoutSessionSchema.safeParse({ id: 'sess_xxx', status: 'open' }).success).toBe(false);
  });

  it('read a pending refund', () => {
    expect(RefundSchema.parse({ status: 'pending', provider: 'xendit' })).toEqual({
      status: 'pending',
      provider: 'xendit',
    });
  });
});

describe('plugipay.yaml', () => {
  it('names no server, because the guide documents no API host', () => {
    expect((plugipay.doc as { servers?: unknown }).servers).toBeUndefined();
    expect(plugipay.text).toContain('No API host is documented');
  });
});
