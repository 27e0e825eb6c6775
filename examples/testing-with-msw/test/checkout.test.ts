// How to test your own code that calls the gateway: msw serves @ummah/testing's mock gateway, so the
// code under test runs unchanged and no request leaves the process.
import { AuthenticationError, Ummah } from '@ummah/payments';
import { createMockGateway, type MockExchange } from '@ummah/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Cart, orderState, startCheckout } from '../src/checkout.js';

const exchanges: MockExchange[] = [];
const gateway = createMockGateway({ onResponse: (exchange) => void exchanges.push(exchange) });
// 'error' makes any request the mock does not answer fail the test instead of reaching the network.
const server = setupServer(...gateway.handlers);
let ummah: Ummah;

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // msw patches node:http, the SDK's default Node transport, so the client needs no transport
  // option. Short backoff keeps the retry test fast.
  ummah = new Ummah('sk_test_shop', { retry: { initialDelayMs: 10 } });
});

afterEach(() => {
  server.resetHandlers();
  gateway.reset();
  exchanges.length = 0;
});

afterAll(() => {
  server.close();
  gateway.close();
});

const cart: Cart = {
  orderId: 'A-1001',
  email: 'customer@example.com',
  currency: 'USD',
  items: [
    { name: 'T-Shirt', price: 2999 },
    { name: 'Socks', price: 500, quantity: 2 },
  ],
};

describe('startCheckout', () => {
  it('opens one purchase for the cart and returns its checkout URL', async () => {
    const checkout = await startCheckout(ummah, cart);
    expect(checkout.checkoutUrl).toMatch(/^https:\/\/gate\.ummah\.com\//);
    const purchase = await ummah.purchases.retrieve(checkout.purchaseId);
    expect(purchase).toMatchObject({ reference: 'A-1001', client: { email: 'customer@example.com' } });
    expect(purchase.purchase?.products?.map((product) => product.name)).toEqual(['T-Shirt', 'Socks']);
  });

  it('opens the same purchase again when the customer clicks "Pay" twice', async () => {
    const first = await startCheckout(ummah, cart);
    const second = await startCheckout(ummah, cart);
    expect(second.purchaseId).toBe(first.purchaseId);
    const creates = exchanges.filter((exchange) => exchange.operationId === 'purchases.create');
    expect(creates.map((exchange) => exchange.replayed)).toEqual([false, true]);
  });

  it('succeeds through a gateway hiccup, because the SDK retries a 503', async () => {
    const answers: number[] = [];
    // msw's life-cycle events show every answer, including the injected fault.
    const record = ({ request, response }: { request: Request; response: Response }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/purchases/'))
        answers.push(response.status);
    };
    server.events.on('response:mocked', record);
    gateway.faults.next({ status: 503, method: 'POST', path: '/purchases/' });
    try {
      const checkout = await startCheckout(ummah, cart);
      expect(checkout.purchaseId).toBeTruthy();
      expect(answers).toEqual([503, 201]);
    } finally {
      server.events.removeListener('response:mocked', record);
    }
  });

  it('surfaces a revoked key as AuthenticationError (a case set up with an msw override)', async () => {
    server.use(
      http.post(`${gateway.baseURL}/purchases/`, () =>
        HttpResponse.json({ error: 'Unauthorized', message: 'Invalid API key.' }, { status: 401 }),
      ),
    );
    const attempt = startCheckout(ummah, cart);
    await expect(attempt).rejects.toBeInstanceOf(AuthenticationError);
    await expect(attempt).rejects.toMatchObject({ status: 401 });
  });
});

describe('orderState', () => {
  it('is awaiting_payment until the customer pays, then paid', async () => {
    const { purchaseId } = await startCheckout(ummah, cart);
    expect(await orderState(ummah, purchaseId)).toBe('awaiting_payment');
    await gateway.simulate.checkout(purchaseId, { outcome: 'paid' });
    expect(await orderState(ummah, purchaseId)).toBe('paid');
  });

  it('is payment_failed after a declined card', async () => {
    const { purchaseId } = await startCheckout(ummah, cart);
    await gateway.simulate.checkout(purchaseId, { outcome: 'failed' });
    expect(await orderState(ummah, purchaseId)).toBe('payment_failed');
  });

  it('is closed once the order was refunded in full', async () => {
    const { purchaseId } = await startCheckout(ummah, cart);
    await gateway.simulate.checkout(purchaseId);
    await ummah.purchases.refund(purchaseId);
    expect(await orderState(ummah, purchaseId)).toBe('closed');
  });
});
