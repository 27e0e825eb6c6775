import { describe, expect, it } from 'vitest';
import { builds, outcome } from './support/builds.js';

// PebblePay bodies carry no event id; its documentation names the transaction id (sent unsigned as
// X-Webhook-Id, and signed in the body as `transaction_id`) for deduplication. The key is the signed
// transaction id with the event name.

const SECRET = 'pebble_secret';

describe.each(builds)('%s: PebblePay deduplication', (_label, api) => {
  const deliver = async (
    guard: ReturnType<typeof api.createReplayGuard>,
    body: Record<string, unknown>,
    id = 'txn_1',
  ) => {
    const signed = await api.signWebhook({
      scheme: 'pebblepay',
      payload: JSON.stringify(body),
      secret: SECRET,
      id,
    });
    return outcome(
      api.verifyWebhook({
        scheme: 'pebblepay',
        payload: signed.body,
        headers: signed.headers,
        secret: SECRET,
        replayGuard: guard,
      }),
    );
  };
  const paid = { event: 'payment.completed', transaction_id: 'txn_1', order_id: 'PP-1', amount: 49.99 };

  it('refuses a retry of the same event on the same transaction even when the body was re-serialised', async () => {
    const guard = api.createReplayGuard();
    expect(await deliver(guard, { ...paid, timestamp: '2024-02-24T13:00:00Z' })).toBe('accepted');
    expect(await deliver(guard, { ...paid, timestamp: '2024-02-24T13:05:00Z' })).toBe('DUPLICATE_DELIVERY');
  });

  it('accepts each event of one transaction once: completed, then refunded', async () => {
    const guard = api.createReplayGuard();
    expect(await deliver(guard, paid)).toBe('accepted');
    expect(await deliver(guard, { ...paid, event: 'payment.refunded' })).toBe('accepted');
    expect(await deliver(guard, { ...paid, event: 'payment.refunded' })).toBe('DUPLICATE_DELIVERY');
    expect(await deliver(guard, { ...paid, transaction_id: 'txn_2' }, 'txn_2')).toBe('accepted');
  });

  it('keys by the signed transaction_id, never by the unsigned X-Webhook-Id', async () => {
    const guard = api.createReplayGuard();
    expect(guard.keyFor('pebblepay', { 'x-webhook-id': 'anything' }, paid)).toBe(
      'pebblepay:txn_1:payment.completed',
    );
    expect(await deliver(guard, paid, 'delivery-a')).toBe('accepted');
    expect(await deliver(guard, paid, 'delivery-b')).toBe('DUPLICATE_DELIVERY');
  });

  it('falls back to a digest of the body when it has no transaction_id', async () => {
    const guard = api.createReplayGuard();
    const bare = { event: 'payment.completed', order_id: 'PP-9' };
    expect(guard.keyFor('pebblepay', {}, bare)).toMatch(/^pebblepay:sha256:[0-9a-f]{64}$/);
    expect(await deliver(guard, bare)).toBe('accepted');
    expect(await deliver(guard, bare)).toBe('DUPLICATE_DELIVERY');
    expect(await deliver(guard, { ...bare, order_id: 'PP-10' })).toBe('accepted');
  });
});
