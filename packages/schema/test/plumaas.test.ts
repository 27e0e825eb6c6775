import { describe, expect, it } from 'vitest';
import {
  ChargeCreateParamsSchema,
  ChargeSchema,
  WebhookEndpointTestParamsSchema,
  WebhookEventSchema,
} from '../plumaas/schemas.js';
import type { Charge, ChargeStatus } from '../plumaas/types.js';
import { keyPrefixes, reference, signatureHeaderExample } from './fixtures/plumaas-reference.js';
import { loadDescription } from './helpers/spec.js';

const plumaas = loadDescription('plumaas.yaml', false);
const quickstart = reference.requestExamples['charges.create']?.[0] ?? {};

/** The dotted paths of the issues a failed parse reports. */
function issuePaths(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('Plumaas requests', () => {
  it.each([
    ['a float', 129.5],
    ['zero', 0],
    ['a negative amount', -100],
    ['a string', '12900'],
    ['an unsafe integer', 2 ** 53],
  ])('refuse %s as amount_cents', (_label, amount_cents) => {
    expect(issuePaths(ChargeCreateParamsSchema.safeParse({ ...quickstart, amount_cents }))).toEqual([
      'amount_cents',
    ]);
  });

  it.each(['usd', 'US', 'USDT', 'U$D'])('refuse the currency %j', (currency) => {
    expect(issuePaths(ChargeCreateParamsSchema.safeParse({ ...quickstart, currency }))).toEqual(['currency']);
  });

  it('accept a charge without a currency, as the Python quickstart sends it', () => {
    const { currency: _currency, ...withoutCurrency } = quickstart;
    expect(ChargeCreateParamsSchema.safeParse(withoutCurrency).success).toBe(true);
  });

  it('require org_id and amount_cents', () => {
    expect(issuePaths(ChargeCreateParamsSchema.safeParse({}))).toEqual(['org_id', 'amount_cents']);
    expect(issuePaths(ChargeCreateParamsSchema.safeParse({ ...quickstart, org_id: '' }))).toEqual(['org_id']);
  });

  it('send test events of the documented types only', () => {
    for (const event of reference.eventTypes) {
      expect(WebhookEndpointTestParamsSchema.safeParse({ event }).success).toBe(true);
    }
    expect(WebhookEndpointTestParamsSchema.safeParse({ event: 'charge.succeded' }).success).toBe(false);
    expect(WebhookEndpointTestParamsSchema.safeParse({}).success).toBe(false);
  });
});

describe('Plumaas responses', () => {
  it('need only pay_url, and keep everything else', () => {
    const body = { pay_url: 'https://plumaas.com/pay/x', status: 'succeeded', dunning_attempts: 2 };
    const charge: Charge = ChargeSchema.parse(body);
    expect(charge).toEqual(body);
    expect(ChargeSchema.safeParse({ status: 'succeeded' }).success).toBe(false);
  });

  it('accept charge statuses Plumaas adds later', () => {
    const status: ChargeStatus | undefined = ChargeSchema.parse({ pay_url: 'u', status: 'pending' }).status;
    expect(status).toBe('pending');
  });

  it('read any event by its `event` key', () => {
    expect(WebhookEventSchema.parse({ event: 'invoice.created', id: 'x' })).toEqual({
      event: 'invoice.created',
      id: 'x',
    });
    expect(WebhookEventSchema.safeParse({ type: 'charge.succeeded' }).success).toBe(false);
  });
});

describe('plumaas.yaml', () => {
  it('documents the key prefixes and the 24-hour rotation overlap', () => {
    const description = plumaas.text;
    for (const prefix of keyPrefixes) expect(description).toContain(prefix);
    expect(description).toContain('24 hours');
  });

  it('describes the signature header format, and the documented example fits its pattern', () => {
    const param = plumaas.doc.components.parameters?.XPlumaasSignature;
    expect(param?.description).toContain('{timestamp}.{raw body}');
    expect(new RegExp(param?.schema?.pattern ?? '^$').test(signatureHeaderExample)).toBe(true);
    expect(new RegExp(param?.schema?.pattern ?? '^$').test('v1=abc,t=1')).toBe(false);
  });
});
