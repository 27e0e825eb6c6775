import { describe, expect, it } from 'vitest';
import { PURCHASE_TRANSITIONS, type PurchaseAction, type PurchaseStatus } from '../src/index';
import { call, createPurchase, testGateway } from './support';

type Gateway = ReturnType<typeof testGateway>;

const STATUSES: PurchaseStatus[] = ['created', 'error', 'hold', 'paid', 'refunded', 'cancelled', 'released'];

/** Brings a fresh purchase (of a client that owns a saved token) into the given status. */
async function purchaseIn(gateway: Gateway, status: PurchaseStatus): Promise<{ id: string; token: string }> {
  const seed = await createPurchase(gateway, { force_recurring: true });
  const token = (await gateway.simulate.checkout(seed.id)).recurring_token as string;
  const purchase = await createPurchase(gateway, { force_recurring: true });
  const id = purchase.id;
  if (status === 'error') await gateway.simulate.checkout(id, { outcome: 'failed' });
  if (status === 'hold' || status === 'released') await gateway.simulate.checkout(id, { outcome: 'hold' });
  if (status === 'paid' || status === 'refunded') await gateway.simulate.checkout(id);
  if (status === 'refunded') await call(gateway, 'POST', `/purchases/${id}/refund/`, { amount: 100 });
  if (status === 'cancelled') await call(gateway, 'POST', `/purchases/${id}/cancel/`);
  if (status === 'released') await call(gateway, 'POST', `/purchases/${id}/release/`);
  const current = await call<{ status: string }>(gateway, 'GET', `/purchases/${id}/`);
  expect(current.body.status).toBe(status);
  return { id, token };
}

async function perform(gateway: Gateway, action: PurchaseAction, id: string, token: string): Promise<number> {
  if (action === 'checkout') {
    return gateway.simulate.checkout(id).then(
      () => 200,
      (error: { status?: number }) => error.status ?? 500,
    );
  }
  const body =
    action === 'charge' ? { recurring_token: token } : action === 'capture' ? { amount: 1000 } : undefined;
  return (await call(gateway, 'POST', `/purchases/${id}/${action}/`, body)).status;
}

describe('purchase state machine', () => {
  const cases = STATUSES.flatMap((status) =>
    (Object.keys(PURCHASE_TRANSITIONS) as PurchaseAction[]).map((action) => ({
      status,
      action,
      allowed: PURCHASE_TRANSITIONS[action].includes(status),
    })),
  );

  it.each(cases)(
    '$action on a $status purchase is allowed: $allowed',
    async ({ status, action, allowed }) => {
      const gateway = testGateway();
      const { id, token } = await purchaseIn(gateway, status);
      const code = await perform(gateway, action, id, token);
      expect(code).toBe(allowed ? 200 : 409);
    },
  );

  it('describes a forbidden transition in the 409 body', async () => {
    const gateway = testGateway();
    const { id } = await purchaseIn(gateway, 'created');
    const result = await call(gateway, 'POST', `/purchases/${id}/refund/`);
    expect(result.body).toEqual({
      error: 'invalid_state',
      message: 'Purchase with status "created" cannot be refunded.',
    });
  });
});
