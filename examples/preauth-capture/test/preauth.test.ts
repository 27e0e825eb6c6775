import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ummah } from '@ummah/payments';
import { createMockGateway, type MockExchange, type MockGateway } from '@ummah/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Booking, captureFinalAmount, openAuthorisation, releaseHold } from '../src/preauth.js';

const booking: Booking = {
  brandId: '409eb80e-3782-4b1d-afa8-b779759266a5',
  orderId: 'R-1001',
  email: 'guest@example.com',
  maxAmount: 50000,
  currency: 'EUR',
};
let gateway: MockGateway;
let ummah: Ummah;

beforeEach(() => {
  gateway = createMockGateway();
  ummah = new Ummah('sk_test_preauth', { fetch: gateway.fetch });
});

afterEach(() => gateway.close());

describe('authorise now, capture later', () => {
  it('opens a skip_capture purchase that the checkout only holds', async () => {
    const purchase = await openAuthorisation(ummah, booking);
    expect(purchase).toMatchObject({ status: 'created', skip_capture: true, reference: 'R-1001' });
    await gateway.simulate.checkout(purchase.id);
    const held = await ummah.purchases.retrieve(purchase.id);
    expect(held.status).toBe('hold');
    expect(held.payment?.amount).toBe(50000);
  });

  it('captures only the final amount of the hold', async () => {
    const purchase = await openAuthorisation(ummah, booking);
    await gateway.simulate.checkout(purchase.id);
    const captured = await captureFinalAmount(ummah, purchase.id, 42500);
    expect(captured.status).toBe('paid');
    expect(captured.payment?.amount).toBe(42500);
    expect((await ummah.purchases.retrieve(purchase.id)).refundable_amount).toBe(42500);
  });

  it('captures once even when the capture is retried after the answer was lost', async () => {
    const exchanges: MockExchange[] = [];
    gateway = createMockGateway({ onResponse: (exchange) => void exchanges.push(exchange) });
    ummah = new Ummah('sk_test_preauth', { fetch: gateway.fetch });
    const purchase = await openAuthorisation(ummah, booking);
    await gateway.simulate.checkout(purchase.id);
    // The gateway captures, but the connection drops before the answer arrives; the SDK retries
    // with the same idempotency key and receives the original answer instead of a second capture.
    gateway.faults.next({
      reset: true,
      after: true,
      method: 'POST',
      path: `/purchases/${purchase.id}/capture/`,
    });
    const captured = await captureFinalAmount(ummah, purchase.id, 42500);
    expect(captured.status).toBe('paid');
    const captures = exchanges.filter((exchange) => exchange.operationId === 'purchases.capture');
    // The answer the client received is the replay of the capture that ran; none ran a second time.
    expect(captures.at(-1)?.replayed).toBe(true);
    expect(captures.filter((exchange) => !exchange.replayed).length).toBeLessThanOrEqual(1);
    expect((await ummah.purchases.retrieve(purchase.id)).payment?.amount).toBe(42500);
  });

  it('refuses to capture more than was held', async () => {
    const purchase = await openAuthorisation(ummah, booking);
    await gateway.simulate.checkout(purchase.id);
    await expect(captureFinalAmount(ummah, purchase.id, 50001)).rejects.toMatchObject({ status: 400 });
    expect((await ummah.purchases.retrieve(purchase.id)).status).toBe('hold');
  });

  it('releases a cancelled booking so nothing is charged, and then refuses a capture', async () => {
    const purchase = await openAuthorisation(ummah, booking);
    await gateway.simulate.checkout(purchase.id);
    expect((await releaseHold(ummah, purchase.id)).status).toBe('released');
    expect((await ummah.purchases.retrieve(purchase.id)).status).toBe('released');
    await expect(captureFinalAmount(ummah, purchase.id, 100)).rejects.toThrow(/"released", not "hold"/);
  });
});

describe('pnpm start', () => {
  it('prints a partial capture and a release against the mock', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts'],
      {
        cwd: root,
      },
    );
    expect(stderr).toBe('');
    expect(stdout).toContain('R-1001 authorised: hold, 500.00 EUR held');
    expect(stdout).toContain('R-1001 captured: paid, 425.00 EUR charged');
    expect(stdout).toContain('R-1002 released: released, nothing charged');
  }, 30_000);
});
