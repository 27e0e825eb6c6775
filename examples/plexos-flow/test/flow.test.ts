import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runPlexosFlow } from '../src/flow.js';

describe('Plexos flow', () => {
  it('registers an endpoint, debits and refunds a payment, and verifies every webhook', async () => {
    const flow = await runPlexosFlow();
    try {
      expect(flow.endpoint).toMatchObject({
        url: flow.receiver.url,
        secret: expect.stringMatching(/^whsec_/),
      });
      expect(flow.statuses).toEqual(['PENDING', 'DEBITED', 'SUCCEEDED']);
      expect(flow.events).toMatchObject([
        { type: 'payment.created', data: { id: flow.payment.id, status: 'PENDING' } },
        { type: 'payment.debited', data: { id: flow.payment.id, amount: '10000', status: 'DEBITED' } },
        { type: 'refund.created', data: { paymentId: flow.payment.id } },
        { type: 'refund.succeeded', data: { paymentId: flow.payment.id } },
      ]);
      expect(flow.deliveries).toHaveLength(4);
      for (const delivery of flow.deliveries) expect(delivery.response_code).toBe(200);
      expect(flow.receiver.refused()).toBe(0);

      const genuine = flow.deliveries[1]!;
      const tampered = await fetch(flow.receiver.url, {
        method: 'POST',
        headers: genuine.headers,
        body: genuine.body.replace('10000', '99999'),
      });
      expect(tampered.status).toBe(400);
      expect(flow.receiver.refused()).toBe(1);
      expect(flow.events).toHaveLength(4);
    } finally {
      await flow.close();
    }
  });
});

describe('pnpm start', () => {
  it('prints the payment states and the verified events', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', main]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^payment pi_\w+: PENDING → DEBITED → SUCCEEDED\n(verified (payment\.created|payment\.debited|refund\.created|refund\.succeeded)\n){4}receiver: 4 verified, 0 refused\n$/,
    );
  }, 30_000);
});
