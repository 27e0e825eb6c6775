import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMemoryReplayStore,
  generateTestKeyPair,
  signWebhook,
  type UmmahWebhookEvent,
} from '@ummah/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

// Two instances of the app behind an imaginary load balancer, sharing one store, as they would share
// Redis in production (src/server.ts).
const keys = await generateTestKeyPair();
const store = createMemoryReplayStore();
const fulfilled: Array<{ instance: string; key: string }> = [];
const gates = new Map<string, Promise<void>>();
const failures = new Set<string>();
const servers: Server[] = [];
const urls: string[] = [];

beforeAll(async () => {
  for (const instance of ['a', 'b']) {
    const app = createApp({
      publicKey: keys.publicKey,
      store,
      log: () => undefined,
      fulfil: async (event: UmmahWebhookEvent, key) => {
        await gates.get(String(event.id));
        if (failures.delete(String(event.id))) throw new Error('The warehouse is unavailable.');
        fulfilled.push({ instance, key });
      },
    });
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ummah`);
  }
});
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

async function deliver(url: string, payload: object) {
  const { body, headers } = await signWebhook({ payload, privateKey: keys.privateKey });
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { ...headers, 'content-type': 'application/json' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const paid = (id: string) => ({ id, event_type: 'purchase.paid', status: 'paid', updated_on: 1_767_225_600 });

describe('two instances sharing one store', () => {
  it('fulfil an event once, whichever instance each retry reaches', async () => {
    expect(await deliver(urls[0]!, paid('pur_1'))).toEqual({ status: 200, body: { received: true } });
    expect(await deliver(urls[1]!, paid('pur_1'))).toEqual({
      status: 200,
      body: { received: true, duplicate: true },
    });
    expect(fulfilled.filter(({ key }) => key.includes('pur_1'))).toEqual([
      { instance: 'a', key: 'ummah:purchase.paid:pur_1:1767225600' },
    ]);
  });

  it('answer 409 on one instance while the other is still fulfilling the event', async () => {
    let release!: () => void;
    gates.set('pur_2', new Promise((resolve) => (release = resolve)));
    const first = deliver(urls[0]!, paid('pur_2'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await deliver(urls[1]!, paid('pur_2'))).toMatchObject({
      status: 409,
      body: { error: { code: 'DELIVERY_IN_PROGRESS' } },
    });
    release();
    expect((await first).status).toBe(200);
    expect(fulfilled.filter(({ key }) => key.includes('pur_2'))).toHaveLength(1);
  });

  it('answer 500 when fulfilment fails, and fulfil the retry on the other instance', async () => {
    failures.add('pur_3');
    expect(await deliver(urls[0]!, paid('pur_3'))).toMatchObject({
      status: 500,
      body: { error: { code: 'HANDLER_FAILED' } },
    });
    expect(await deliver(urls[1]!, paid('pur_3'))).toEqual({ status: 200, body: { received: true } });
    expect(fulfilled.filter(({ key }) => key.includes('pur_3'))).toEqual([
      { instance: 'b', key: 'ummah:purchase.paid:pur_3:1767225600' },
    ]);
  });

  it('refuse a forged delivery on every instance without fulfilling it', async () => {
    const forger = await generateTestKeyPair();
    const { body, headers } = await signWebhook({ payload: paid('pur_4'), privateKey: forger.privateKey });
    const response = await fetch(urls[1]!, { method: 'POST', body, headers });
    expect(response.status).toBe(400);
    expect(fulfilled.filter(({ key }) => key.includes('pur_4'))).toHaveLength(0);
  });
});
