import { ConflictError, isAPIError } from '@ummah/core';
import Ummah from '@ummah/payments';
import { describe, expect, it } from 'vitest';
import { BRAND, testGateway } from './support';

function client(gateway: ReturnType<typeof testGateway>) {
  return new Ummah('sk_test_e2e', {
    fetch: gateway.fetch,
    validateResponses: 'strict',
    retry: { initialDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 10 },
  });
}

describe('@ummah/payments against the mock through the in-process fetch', () => {
  it('runs the quickstart flow: client, purchase, checkout, refund, statement', async () => {
    const gateway = testGateway();
    const ummah = client(gateway);
    const customer = await ummah.clients.create({ email: 'buyer@example.com', full_name: 'Buyer' });
    const purchase = await ummah.purchases.create({
      brand_id: BRAND,
      client: { email: customer.email ?? '' },
      purchase: { products: [{ name: 'T-Shirt', price: 5000, quantity: 1 }], currency: 'USD' },
      success_redirect: 'https://shop.example/success',
      failure_redirect: 'https://shop.example/failure',
    });
    expect(purchase.client_id).toBe(customer.id);
    await gateway.simulate.checkout(purchase.id, { outcome: 'paid' });
    expect((await ummah.purchases.retrieve(purchase.id)).status).toBe('paid');
    const refund = await ummah.purchases.refund(purchase.id, { amount: 1500, reference: 'R-1' });
    expect(refund.amount).toBe(1500);
    const statement = await ummah.statements.createAndWait({ format: 'csv' }, { pollInterval: 1 });
    const csv = await new Response(await ummah.statements.download(statement)).text();
    expect(csv).toContain(`${purchase.id},`);
    expect(csv).toContain(',refunded,buyer@example.com,USD,5000,5000,1500,card,');
  });

  it('maps a forbidden transition to ConflictError', async () => {
    const gateway = testGateway();
    const ummah = client(gateway);
    const purchase = await ummah.purchases.create({
      brand_id: BRAND,
      client: { email: 'a@example.com' },
      purchase: { products: [{ name: 'A', price: 100 }] },
    });
    const error = await ummah.purchases.refund(purchase.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(isAPIError(error) && error.status).toBe(409);
  });

  it('auto-paginates lists over the mock next links', async () => {
    const gateway = testGateway({ pageSize: 2 });
    const ummah = client(gateway);
    for (const n of [1, 2, 3, 4, 5]) await ummah.clients.create({ email: `c${n}@example.com` });
    const emails: string[] = [];
    for await (const item of ummah.clients.list()) emails.push(item.email ?? '');
    expect(emails).toEqual([
      'c5@example.com',
      'c4@example.com',
      'c3@example.com',
      'c2@example.com',
      'c1@example.com',
    ]);
  });

  it('retries through injected 503s and lost responses without creating twice', async () => {
    const gateway = testGateway();
    const ummah = client(gateway);
    gateway.faults.next({ status: 503 }).next({ reset: true, after: true, method: 'POST' });
    const created = await ummah.clients.create({ email: 'retry@example.com' });
    const all = [];
    for await (const item of ummah.clients.list()) all.push(item);
    expect(all.map((item) => item.id)).toEqual([created.id]);
    expect(gateway.faults.pending).toBe(0);
  });
});
