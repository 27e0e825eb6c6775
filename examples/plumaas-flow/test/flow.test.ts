import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runPlumaasFlow } from '../src/flow.js';

describe('Plumaas flow', () => {
  it('creates, pays and refunds a charge, and the receiver verifies both webhooks', async () => {
    const flow = await runPlumaasFlow();
    try {
      expect(flow.charge).toMatchObject({ amount_cents: 12900, currency: 'USD' });
      expect(flow.statuses).toEqual(['pending', 'succeeded', 'refunded']);
      expect(flow.events).toMatchObject([
        { event: 'charge.succeeded', data: { id: flow.charge.id, status: 'succeeded' } },
        { event: 'charge.refunded', data: { id: flow.charge.id } },
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
        body: genuine.body.replace('12900', '1'),
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
  it('prints the charge states and the verified events', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', main]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^charge ch_\w+: pending → succeeded → refunded\nverified charge\.succeeded\nverified charge\.refunded\nreceiver: 2 verified, 0 refused\n$/,
    );
  }, 30_000);
});
