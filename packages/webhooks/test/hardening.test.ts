import { describe, expect, it } from 'vitest';
import * as web from '../src/index.js';
import { builds, outcome as codeOf } from './support/builds.js';

// Each case here once let a delivery through, or threw something other than WebhookVerificationError.

describe.each(builds)('%s', (_name, api) => {
  it('refuses a replayed PebblePay delivery even when its unsigned X-Webhook-Id is changed', async () => {
    const secret = 'pebble_secret';
    const payload = JSON.stringify({ id: 'evt_1', type: 'payment.succeeded', amount: 5000 });
    const { headers } = await api.signWebhook({ scheme: 'pebblepay', payload, secret, id: 'delivery-1' });
    const replayGuard = api.createReplayGuard();
    const verify = (id: string) =>
      api.verifyWebhook({
        scheme: 'pebblepay',
        payload,
        secret,
        headers: { ...headers, 'x-webhook-id': id },
        replayGuard,
      });
    expect(await codeOf(verify('delivery-1'))).toBe('accepted');
    expect(await codeOf(verify('delivery-1'))).toBe('DUPLICATE_DELIVERY');
    expect(await codeOf(verify('forged-2'))).toBe('DUPLICATE_DELIVERY');
  });

  it.each([
    ['a NaN tolerance', { tolerance: Number.NaN }],
    ['a NaN past tolerance', { tolerance: { past: Number.NaN } }],
    ['an invalid Date as the clock', { now: new Date('not a date') }],
  ])('refuses a stale delivery when given %s instead of switching the check off', async (_label, options) => {
    const secret = 'plumaas_secret';
    const payload = '{"id":"ch_1"}';
    const { headers } = await api.signWebhook({ scheme: 'plumaas', payload, secret, timestamp: 1000 });
    const code = await codeOf(
      api.verifyWebhook({ scheme: 'plumaas', payload, secret, headers, now: 2_000_000_000_000, ...options }),
    );
    expect(code).toMatch(/^TIMESTAMP_/);
  });

  it('never verifies with an old secret after the secret bytes are refilled in place', async () => {
    const secret = new TextEncoder().encode('tenant-a-secret-0000');
    const payload = '{"id":"ch_2"}';
    const { headers } = await api.signWebhook({ scheme: 'plumaas', payload, secret, timestamp: new Date() });
    expect(await codeOf(api.verifyWebhook({ scheme: 'plumaas', payload, secret, headers }))).toBe('accepted');
    secret.set(new TextEncoder().encode('tenant-b-secret-1111'));
    expect(await codeOf(api.verifyWebhook({ scheme: 'plumaas', payload, secret, headers }))).toBe(
      'SIGNATURE_MISMATCH',
    );
  });

  it('answers missing headers with MISSING_HEADER rather than a TypeError', async () => {
    const options = { payload: '{}', headers: undefined, publicKey: 'x' } as never;
    expect(await codeOf(api.verifyWebhook(options))).toBe('MISSING_HEADER');
  });
});

describe('defineHmacScheme and createReplayGuard', () => {
  it('refuse a scheme that checks a timestamp it does not sign', () => {
    expect(() =>
      web.defineHmacScheme({
        name: 'acme',
        signatureHeader: 'x-acme-signature',
        timestampHeader: 'x-acme-timestamp',
        content: '{body}',
      }),
    ).toThrow(/must sign \{timestamp\}/);
  });

  it.each([Number.NaN, -1, 0, Number.POSITIVE_INFINITY])(
    'refuse a replay window of %s seconds',
    (ttlSeconds) => {
      expect(() => web.createReplayGuard({ ttlSeconds })).toThrow(/ttlSeconds/);
    },
  );
});
