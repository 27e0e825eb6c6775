import { fileURLToPath } from 'node:url';
import { installedRuntime, type ServerProcess, startServerProcess } from '@ummah/test-support';
import { type MockServer, startMockServer } from '@ummah/testing/server';
import { generateTestKeyPair, signWebhook } from '@ummah/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

let gateway: MockServer;
let shop: ServerProcess;

beforeAll(async () => {
  gateway = await startMockServer({ port: 0 });
  shop = await startServerProcess(
    installedRuntime('deno').executable,
    ['run', '--no-lock', '--allow-net', '--allow-env', '--allow-read', 'src/main.ts'],
    {
      cwd: root,
      env: {
        UMMAH_SECRET_KEY: 'sk_test_deno_shop',
        UMMAH_BASE_URL: gateway.url,
        PORT: '0',
        DENO_NO_UPDATE_CHECK: '1',
      },
      listeningLine: /Shop listening on (http:\/\/[\d.]+:\d+)\//,
    },
  );
}, 30_000);

afterAll(async () => {
  await shop?.stop();
  await gateway?.close();
});

async function placeOrder(): Promise<{ order_id: string; purchase_id: string; checkout_url: string }> {
  const response = await fetch(`${shop.url}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'customer@example.com', amount: 4200, currency: 'USD' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { order_id: string; purchase_id: string; checkout_url: string };
}

async function orderStatus(orderId: string): Promise<string> {
  const response = await fetch(`${shop.url}/orders/${orderId}`);
  return ((await response.json()) as { status: string }).status;
}

describe('the Deno shop, on Deno with the built packages', () => {
  it('opens a purchase on the gateway for a new order', async () => {
    const order = await placeOrder();
    expect(order.checkout_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(await orderStatus(order.order_id)).toBe('awaiting_payment');
  });

  it('refuses an order that is not JSON or lacks an email with 400', async () => {
    for (const body of ['not json', JSON.stringify({ amount: 4200, currency: 'USD' })]) {
      const response = await fetch(`${shop.url}/orders`, { method: 'POST', body });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining('email') });
    }
  });

  it('marks the order paid when the gateway delivers the signed purchase.paid callback', async () => {
    const order = await placeOrder();
    // The customer pays; the mock POSTs the callback to the shop and resolves after that attempt.
    await gateway.gateway.simulate.checkout(order.purchase_id);
    const delivery = gateway.gateway.deliveries.find((d) => d.source_id === order.purchase_id);
    expect(delivery).toMatchObject({ event: 'purchase.paid', status: 'delivered', response_code: 200 });
    expect(delivery?.url).toBe(`${shop.url}/webhooks/ummah`);
    expect(await orderStatus(order.order_id)).toBe('paid');
  });

  it('rejects a forged callback and leaves the order unpaid', async () => {
    const order = await placeOrder();
    const { privateKey } = await generateTestKeyPair();
    const forged = await signWebhook({
      payload: {
        id: 'evt_forged',
        type: 'purchase',
        event_type: 'purchase.paid',
        object: { id: order.purchase_id },
      },
      privateKey,
    });
    const response = await fetch(`${shop.url}/webhooks/ummah`, {
      method: 'POST',
      body: forged.body,
      headers: forged.headers,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'SIGNATURE_MISMATCH' });
    expect(await orderStatus(order.order_id)).toBe('awaiting_payment');
  });
});
