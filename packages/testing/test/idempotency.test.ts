import type { Purchase } from '@ummah/schema/ummah/types';
import { describe, expect, it } from 'vitest';
import { call, createPurchase, purchaseBody, testGateway } from './support';

describe('idempotency', () => {
  it('returns the original response for the same key and body without creating twice', async () => {
    const gateway = testGateway();
    const headers = { 'idempotency-key': 'order-1001' };
    const first = await call<Purchase>(gateway, 'POST', '/purchases/', purchaseBody(), headers);
    const second = await call<Purchase>(gateway, 'POST', '/purchases/', purchaseBody(), headers);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const clients = await call<{ results: unknown[] }>(gateway, 'GET', '/clients/');
    expect(clients.body.results).toHaveLength(1);
  });

  it('treats key order and whitespace as the same body', async () => {
    const gateway = testGateway();
    const headers = { 'idempotency-key': 'k' };
    const body = purchaseBody();
    const first = await call<Purchase>(gateway, 'POST', '/purchases/', JSON.stringify(body), headers);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(body).reverse()), null, 2);
    const second = await call<Purchase>(gateway, 'POST', '/purchases/', reordered, headers);
    expect(second.body.id).toBe(first.body.id);
  });

  it('answers 422 when a key is reused with a different body', async () => {
    const gateway = testGateway();
    const headers = { 'idempotency-key': 'order-1002' };
    await call(gateway, 'POST', '/purchases/', purchaseBody(), headers);
    const other = await call(gateway, 'POST', '/purchases/', purchaseBody({ reference: 'other' }), headers);
    expect(other.status).toBe(422);
    expect(other.body.error).toBe('idempotency_key_reused');
  });

  it('answers 422 when a key is reused on another endpoint', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    const headers = { 'idempotency-key': 'shared' };
    await call(gateway, 'POST', `/purchases/${purchase.id}/refund/`, { amount: 100 }, headers);
    const other = await call(gateway, 'POST', `/purchases/${purchase.id}/cancel/`, undefined, headers);
    expect(other.status).toBe(422);
  });

  it('refunds once when the same refund is retried with its key', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    const headers = { 'idempotency-key': 'refund-1' };
    const first = await call(gateway, 'POST', `/purchases/${purchase.id}/refund/`, { amount: 500 }, headers);
    const retry = await call(gateway, 'POST', `/purchases/${purchase.id}/refund/`, { amount: 500 }, headers);
    expect(retry.body).toEqual(first.body);
    const fetched = await call<Purchase>(gateway, 'GET', `/purchases/${purchase.id}/`);
    expect(fetched.body.refundable_amount).toBe(2499);
  });

  it('runs concurrent duplicates once', async () => {
    const gateway = testGateway();
    const headers = { 'idempotency-key': 'concurrent' };
    const results = await Promise.all(
      [1, 2, 3].map(() => call<Purchase>(gateway, 'POST', '/purchases/', purchaseBody(), headers)),
    );
    expect(new Set(results.map((result) => result.body.id)).size).toBe(1);
  });

  it('keeps keys apart per API key', async () => {
    const gateway = testGateway();
    const first = await call<Purchase>(gateway, 'POST', '/purchases/', purchaseBody(), {
      'idempotency-key': 'k',
    });
    const other = await call<Purchase>(gateway, 'POST', '/purchases/', purchaseBody(), {
      'idempotency-key': 'k',
      authorization: 'Bearer sk_test_other_account',
    });
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('replays a create whose response was lost to a 5xx instead of creating twice', async () => {
    const gateway = testGateway();
    gateway.faults.next({ status: 500, after: true });
    const headers = { 'idempotency-key': 'after-failure' };
    const failed = await call(gateway, 'POST', '/purchases/', purchaseBody(), headers);
    expect(failed.status).toBe(500);
    // The fault hid a successful create: the retry replays it instead of creating a second purchase.
    const retried = await call<Purchase>(gateway, 'POST', '/purchases/', purchaseBody(), headers);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
  });
});
