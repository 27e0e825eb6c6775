import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runPebblePayFlow } from '../src/flow.js';

describe('PebblePay flow', () => {
  it('creates, completes and refunds an order, and the receiver verifies both webhooks', async () => {
    const flow = await runPebblePayFlow();
    try {
      expect(flow.order).toMatchObject({ amount: 29.99, order_reference: 'ORD-1001' });
      expect(flow.order.checkout_url).toMatch(/^https:\/\/payments\.pebblepay\.io\/checkout\//);
      expect(flow.statuses).toEqual(['pending', 'completed', 'refunded']);
      expect(flow.refund).toMatchObject({ status: 'refunded', refund_amount: 29.99 });
      expect(flow.events).toMatchObject([
        { event: 'payment.completed', transaction_id: flow.order.transaction_id, status: 'completed' },
        { event: 'payment.refunded', transaction_id: flow.order.transaction_id, status: 'refunded' },
      ]);
      expect(flow.deliveries.map((delivery) => [delivery.url, delivery.response_code])).toEqual([
        [flow.receiver.url, 200],
        [flow.receiver.url, 200],
      ]);
      expect(flow.receiver.refused()).toBe(0);

      const genuine = flow.deliveries[0]!;
      const tampered = await fetch(flow.receiver.url, {
        method: 'POST',
        headers: genuine.headers,
        body: genuine.body.replace('29.99', '0.99'),
      });
      expect(tampered.status).toBe(400);
      expect(flow.receiver.refused()).toBe(1);
      expect(flow.events).toHaveLength(2);
    } finally {
      await flow.close();
    }
  });
});

describe('pnpm start', () => {
  it('prints the order states and the verified events', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', main]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^order PP-[0-9A-F-]+: pending → completed → refunded\nverified payment\.completed\nverified payment\.refunded\nreceiver: 2 verified, 0 refused\n$/,
    );
  }, 30_000);
});
