import type { ClientRecurringToken, Payment, Purchase } from '@ummah/schema/ummah/types';
import { describe, expect, it } from 'vitest';
import { call, createPurchase, testGateway } from './support';

describe('purchases', () => {
  it('creates a purchase in created status with a checkout URL the mock serves', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway, {
      purchase: { products: [{ name: 'A', price: 1000, quantity: 2, discount: 500 }], currency: 'EUR' },
    });
    expect(purchase.status).toBe('created');
    expect(purchase.purchase?.total_amount).toBe(1500);
    expect(purchase.purchase?.currency).toBe('EUR');
    expect(purchase.checkout_url).toMatch(/^https:\/\/gate\.ummah\.com\/checkout\//);
    expect(purchase.client_id).toEqual(expect.any(String));
    const fetched = await call<Purchase>(gateway, 'GET', `/purchases/${purchase.id}/`);
    expect(fetched.body).toEqual(purchase);
  });

  it('stamps objects in Unix seconds from the gateway clock, which reads the now option in ms', async () => {
    const now = Date.UTC(2024, 4, 1, 12, 0, 30, 999);
    const gateway = testGateway({ now: () => now });
    expect(gateway.clock.now()).toBe(now);
    const purchase = await createPurchase(gateway);
    expect(purchase.created_on).toBe(Math.floor(now / 1000));
    expect(purchase.status_history).toEqual([{ status: 'created', timestamp: Math.floor(now / 1000) }]);
  });

  it('reuses the client with the same email across purchases', async () => {
    const gateway = testGateway();
    const first = await createPurchase(gateway);
    const second = await createPurchase(gateway);
    expect(second.client_id).toBe(first.client_id);
  });

  it('answers 404 in the gateway shape for an unknown purchase', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'GET', '/purchases/00000000-0000-0000-0000-000000000000/');
    expect(result.status).toBe(404);
    expect(result.body).toEqual({ error: 'Not Found', detail: 'Object with this ID does not exist.' });
  });

  it('reports every invalid field at once with the reference wording', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'POST', '/purchases/', {
      brand_id: 'b',
      client: {},
      purchase: { products: [{ name: 'x', price: 10.5 }], currency: 'usd' },
    });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('Bad Request');
    expect(Object.keys(result.body.details ?? {}).sort()).toEqual([
      'client.email',
      'purchase.currency',
      'purchase.products.0.price',
    ]);
    expect(result.body.details?.['client.email']).toEqual(['This field is required.']);
  });

  it('rejects fields the API does not define', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'POST', '/purchases/', { ...baseBody(), amount: '59.99' });
    expect(result.status).toBe(400);
    expect(result.body.details).toEqual({ amount: ['Unknown field.'] });
  });

  it('rejects a body that is not JSON and paths without the trailing slash', async () => {
    const gateway = testGateway();
    const malformed = await call(gateway, 'POST', '/purchases/', '{"brand_id":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toMatch(/JSON parse error/);
    const noSlash = await call(gateway, 'POST', '/purchases', baseBody());
    expect(noSlash.status).toBe(404);
    expect(noSlash.body.detail).toMatch(/end with a slash/);
  });

  it('goes created → paid through a simulated checkout and records the payment', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    const paid = await gateway.simulate.checkout(purchase.id, { outcome: 'paid' });
    expect(paid.status).toBe('paid');
    const fetched = await call<Purchase>(gateway, 'GET', `/purchases/${purchase.id}/`);
    expect(fetched.body.payment).toMatchObject({ amount: 2999, currency: 'USD', method: 'card' });
    expect(fetched.body.status_history?.map((entry) => entry.status)).toEqual(['created', 'paid']);
  });

  it('leaves a declined checkout in error, from which the customer can still pay', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    expect((await gateway.simulate.checkout(purchase.id, { outcome: 'failed' })).status).toBe('error');
    expect((await gateway.simulate.checkout(purchase.id)).status).toBe('paid');
  });

  it('holds funds with skip_capture and captures part of them', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway, { skip_capture: true });
    expect((await gateway.simulate.checkout(purchase.id)).status).toBe('hold');
    const tooMuch = await call(gateway, 'POST', `/purchases/${purchase.id}/capture/`, { amount: 5000 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.details?.amount).toBeDefined();
    const captured = await call<Purchase>(gateway, 'POST', `/purchases/${purchase.id}/capture/`, {
      amount: 2000,
    });
    expect(captured.status).toBe(200);
    expect(captured.body.status).toBe('paid');
    expect(captured.body.payment?.amount).toBe(2000);
    expect(captured.body.refundable_amount).toBe(2000);
  });

  it('releases held funds', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id, { outcome: 'hold' });
    const released = await call<Purchase>(gateway, 'POST', `/purchases/${purchase.id}/release/`);
    expect(released.body.status).toBe('released');
    const again = await call(gateway, 'POST', `/purchases/${purchase.id}/capture/`);
    expect(again.status).toBe(409);
  });

  it('caps cumulative refunds at the captured amount', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    const first = await call<Payment>(gateway, 'POST', `/purchases/${purchase.id}/refund/`, {
      amount: 1000,
      reference: 'R-1',
    });
    expect(first.body).toMatchObject({
      status: 'refunded',
      amount: 1000,
      purchase: purchase.id,
      reference: 'R-1',
    });
    const tooMuch = await call(gateway, 'POST', `/purchases/${purchase.id}/refund/`, { amount: 2000 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.details?.amount?.[0]).toMatch(/1999/);
    const rest = await call<Payment>(gateway, 'POST', `/purchases/${purchase.id}/refund/`);
    expect(rest.body.amount).toBe(1999);
    const none = await call(gateway, 'POST', `/purchases/${purchase.id}/refund/`, { amount: 1 });
    expect(none.status).toBe(409);
    const final = await call<Purchase>(gateway, 'GET', `/purchases/${purchase.id}/`);
    expect(final.body).toMatchObject({
      status: 'refunded',
      refundable_amount: 0,
      refund_availability: 'none',
    });
  });

  it('marks an offline payment as paid at the given time', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    const paid = await call<Purchase>(gateway, 'POST', `/purchases/${purchase.id}/mark_as_paid/`, {
      paid_on: 1_700_000_000,
    });
    expect(paid.body).toMatchObject({ status: 'paid', marked_as_paid: true });
    expect(paid.body.payment?.paid_on).toBe(1_700_000_000);
  });

  it('issues a recurring token with force_recurring, charges with it and deletes it', async () => {
    const gateway = testGateway();
    const first = await createPurchase(gateway, { force_recurring: true });
    const paid = await gateway.simulate.checkout(first.id);
    const token = paid.recurring_token as string;
    expect(token).toMatch(/^tok-/);
    const tokens = await call<{ results: ClientRecurringToken[] }>(
      gateway,
      'GET',
      `/clients/${first.client_id}/recurring_tokens/`,
    );
    expect(tokens.body.results.map((entry) => entry.id)).toEqual([token]);

    const second = await createPurchase(gateway);
    const charged = await call<Purchase>(gateway, 'POST', `/purchases/${second.id}/charge/`, {
      recurring_token: token,
    });
    expect(charged.body).toMatchObject({ status: 'paid', is_recurring_token: true });

    const deleted = await call<Purchase>(gateway, 'POST', `/purchases/${first.id}/delete_recurring_token/`);
    expect(deleted.body.recurring_token).toBeNull();
    const third = await createPurchase(gateway);
    const refused = await call(gateway, 'POST', `/purchases/${third.id}/charge/`, { recurring_token: token });
    expect(refused.status).toBe(400);
    expect(refused.body.details?.recurring_token).toBeDefined();
  });

  it('refuses to charge a token that belongs to another client', async () => {
    const gateway = testGateway();
    const first = await createPurchase(gateway, { force_recurring: true });
    const token = (await gateway.simulate.checkout(first.id)).recurring_token as string;
    const other = await createPurchase(gateway, { client: { email: 'someone-else@example.com' } });
    const refused = await call(gateway, 'POST', `/purchases/${other.id}/charge/`, { recurring_token: token });
    expect(refused.status).toBe(400);
  });

  it('resends the invoice of an open purchase', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    const result = await call<Purchase>(gateway, 'POST', `/purchases/${purchase.id}/resend_invoice/`);
    expect(result.status).toBe(200);
    expect(result.body.id).toBe(purchase.id);
  });
});

function baseBody() {
  return {
    brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
    client: { email: 'customer@example.com' },
    purchase: { products: [{ name: 'T-Shirt', price: 2999 }] },
  };
}
