import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runPlugipayFlow } from '../src/flow.js';

describe('Plugipay flow', () => {
  it('opens, completes and refunds a checkout, and the receiver verifies every webhook', async () => {
    const flow = await runPlugipayFlow();
    try {
      expect(flow.statuses).toEqual(['open', 'complete', 'pending', 'succeeded']);
      expect(flow.refund).toMatchObject({ paymentId: flow.paymentId, amount: 250000 });
      expect(flow.events).toMatchObject([
        { type: 'payment.succeeded', data: { id: flow.paymentId, metadata: { invoiceId: 'inv_2026_001' } } },
        { type: 'checkout_session.completed', data: { id: flow.session.id, status: 'complete' } },
        { type: 'refund.succeeded', data: { id: flow.refund.id } },
      ]);
      expect(flow.deliveries.map((delivery) => [delivery.url, delivery.response_code])).toEqual([
        [flow.receiver.url, 200],
        [flow.receiver.url, 200],
        [flow.receiver.url, 200],
      ]);
      expect(flow.receiver.refused()).toBe(0);

      const genuine = flow.deliveries[2]!;
      const tampered = await fetch(flow.receiver.url, {
        method: 'POST',
        headers: genuine.headers,
        body: genuine.body.replace('250000', '2500000'),
      });
      expect(tampered.status).toBe(400);
      expect(flow.receiver.refused()).toBe(1);
      expect(flow.events).toHaveLength(3);
    } finally {
      await flow.close();
    }
  });
});

describe('pnpm start', () => {
  it('prints the session and refund states and the verified events', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', main]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^session sess_\w+: open → complete\nrefund re_\w+: pending → succeeded\nverified payment\.succeeded\nverified checkout_session\.completed\nverified refund\.succeeded\nreceiver: 3 verified, 0 refused\n$/,
    );
  }, 30_000);
});
