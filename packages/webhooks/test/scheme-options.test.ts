import { describe, expect, it } from 'vitest';
import { builds, outcome } from './support/builds.js';

// Every option either has an effect for the chosen scheme or is refused: a merchant who passes
// `tolerance` to the RSA scheme, or a `publicKey` to an HMAC scheme, expects something to happen.

const NOW = 1_763_776_800; // epoch seconds
const DAY = 86_400;
const { generateTestKeyPair } = builds[1][1];
const keys = await generateTestKeyPair();

describe.each(builds)('%s: options per scheme', (_label, api) => {
  const callback = (updatedOn: number) =>
    JSON.stringify({
      id: 'pur_1',
      event_type: 'purchase.paid',
      created_on: NOW - 2 * DAY,
      updated_on: updatedOn,
    });
  const signUmmah = (payload: string) => api.signWebhook({ payload, privateKey: keys.privateKey });
  const verifyUmmah = async (payload: string, extra: object) => {
    const { body, headers } = await signUmmah(payload);
    return outcome(
      api.verifyWebhook({ payload: body, headers, publicKey: keys.publicKey, now: NOW * 1000, ...extra }),
    );
  };

  it('accepts a day-old gateway callback when no tolerance is given, since the gateway retries for 36 hours', async () => {
    expect(await verifyUmmah(callback(NOW - DAY), {})).toBe('accepted');
  });

  it("refuses a day-old gateway callback when a tolerance is given, judged by the event's updated_on", async () => {
    expect(await verifyUmmah(callback(NOW - DAY), { tolerance: 300 })).toBe('TIMESTAMP_TOO_OLD');
    expect(await verifyUmmah(callback(NOW - 200), { tolerance: 300 })).toBe('accepted');
    expect(await verifyUmmah(callback(NOW - DAY), { tolerance: { past: 36 * 3600 } })).toBe('accepted');
    expect(await verifyUmmah(callback(NOW + 3600), { tolerance: 300 })).toBe('TIMESTAMP_IN_FUTURE');
  });

  it('judges an envelope by its created_on', async () => {
    const envelope = (createdOn: number) =>
      JSON.stringify({ id: 'evt_1', type: 'purchase.paid', created_on: createdOn, object: { id: 'pur_1' } });
    expect(await verifyUmmah(envelope(NOW - DAY), { tolerance: 300 })).toBe('TIMESTAMP_TOO_OLD');
    expect(await verifyUmmah(envelope(NOW - 60), { tolerance: 300 })).toBe('accepted');
  });

  it('refuses an event that carries no time when a tolerance is asked for', async () => {
    expect(await verifyUmmah(JSON.stringify({ id: 'x' }), { tolerance: 300 })).toBe('TIMESTAMP_INVALID');
    expect(await verifyUmmah(JSON.stringify({ id: 'x', updated_on: 'soon' }), { tolerance: 300 })).toBe(
      'TIMESTAMP_INVALID',
    );
  });

  it('checks the signature before the time, so a forged old event is a mismatch', async () => {
    const { headers } = await signUmmah(callback(NOW));
    const forged = api.verifyWebhook({
      payload: callback(NOW - DAY),
      headers,
      publicKey: keys.publicKey,
      now: NOW * 1000,
      tolerance: 300,
    });
    expect(await outcome(forged)).toBe('SIGNATURE_MISMATCH');
  });

  it("checks PebblePay's body timestamp when a tolerance is given, and only then", async () => {
    const body = (at: number) =>
      JSON.stringify({ event: 'payment.completed', transaction_id: 'txn_1', timestamp: new Date(at * 1000) });
    const verify = async (payload: string, extra: object) => {
      const signed = await api.signWebhook({ scheme: 'pebblepay', payload, secret: 's' });
      return outcome(
        api.verifyWebhook({
          scheme: 'pebblepay',
          payload: signed.body,
          headers: signed.headers,
          secret: 's',
          now: NOW * 1000,
          ...extra,
        }),
      );
    };
    expect(await verify(body(NOW - DAY), {})).toBe('accepted');
    expect(await verify(body(NOW - DAY), { tolerance: 600 })).toBe('TIMESTAMP_TOO_OLD');
    expect(await verify(body(NOW - 60), { tolerance: 600 })).toBe('accepted');
    expect(await verify('{"event":"payment.completed"}', { tolerance: 600 })).toBe('TIMESTAMP_INVALID');
  });

  it('refuses a tolerance for a defined scheme that has no time to check', async () => {
    const acme = api.defineHmacScheme({ name: 'acme', signatureHeader: 'x-acme-signature' });
    const signed = await api.signWebhook({ scheme: acme, payload: '{}', secret: 's' });
    const options = { scheme: acme, payload: signed.body, headers: signed.headers, secret: 's' };
    expect(await outcome(api.verifyWebhook(options))).toBe('accepted');
    expect(await outcome(api.verifyWebhook({ ...options, tolerance: 300 }))).toBe('INVALID_OPTIONS');
  });

  it('refuses a secret for the RSA scheme, and a publicKey or algorithm for HMAC schemes', async () => {
    const { body, headers } = await signUmmah(callback(NOW));
    const rsa = { payload: body, headers, publicKey: keys.publicKey };
    expect(await outcome(api.verifyWebhook(rsa))).toBe('accepted');
    expect(await outcome(api.verifyWebhook({ ...rsa, secret: 's' } as never))).toBe('INVALID_OPTIONS');

    const signed = await api.signWebhook({ scheme: 'plumaas', payload: '{}', secret: 's' });
    const hmac = { scheme: 'plumaas' as const, payload: signed.body, headers: signed.headers, secret: 's' };
    expect(await outcome(api.verifyWebhook(hmac))).toBe('accepted');
    expect(await outcome(api.verifyWebhook({ ...hmac, publicKey: keys.publicKey } as never))).toBe(
      'INVALID_OPTIONS',
    );
    expect(await outcome(api.verifyWebhook({ ...hmac, algorithm: 'SHA-256' } as never))).toBe(
      'INVALID_OPTIONS',
    );
    // safeVerifyWebhook reports the refusal rather than throwing it.
    const safe = await api.safeVerifyWebhook({ ...hmac, publicKey: keys.publicKey } as never);
    expect(safe.error?.code).toBe('INVALID_OPTIONS');
  });
});
