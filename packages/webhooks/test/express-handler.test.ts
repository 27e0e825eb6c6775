import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../src/express.js';
import { generateTestKeyPair, signWebhook } from '../src/node.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server.listen(0, '127.0.0.1'));
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const keys = await generateTestKeyPair();
const paid = { id: 'pur_1', event_type: 'purchase.paid', status: 'paid', updated_on: 1 };

async function post(url: string, delivery: { body: string | Uint8Array<ArrayBuffer>; headers: object }) {
  const response = await fetch(`${url}/webhooks`, {
    method: 'POST',
    body: delivery.body,
    headers: { 'content-type': 'application/json', ...delivery.headers },
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as unknown,
  };
}

describe('createWebhookHandler from @ummah/webhooks/express', () => {
  it('processes an event once behind express.raw(), and hands handle the request', async () => {
    const handled: Array<{ event: unknown; key: string; path: string }> = [];
    let failNext = true;
    const app = express();
    app.post(
      '/webhooks',
      express.raw({ type: 'application/json' }),
      createWebhookHandler({
        publicKey: keys.publicKey,
        handle: (event, { key, req }) => {
          if (failNext) {
            failNext = false;
            throw new Error('queue unavailable');
          }
          handled.push({ event, key, path: req.url ?? '' });
        },
      }),
    );
    const url = await listen(createServer(app));
    const delivery = await signWebhook({ payload: paid, privateKey: keys.privateKey });
    expect(await post(url, delivery)).toMatchObject({
      status: 500,
      body: { error: { code: 'HANDLER_FAILED' } },
    });
    expect(await post(url, delivery)).toEqual({ status: 200, retryAfter: null, body: { received: true } });
    expect(await post(url, delivery)).toEqual({
      status: 200,
      retryAfter: null,
      body: { received: true, duplicate: true },
    });
    expect(handled).toEqual([{ event: paid, key: 'ummah:purchase.paid:pur_1:1', path: '/webhooks' }]);
  });

  it('answers 409 with Retry-After while the event is being processed, on a bare node:http server', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let markRunning!: () => void;
    const running = new Promise<void>((resolve) => {
      markRunning = resolve;
    });
    let runs = 0;
    const handler = createWebhookHandler({
      scheme: 'plexos',
      secret: 'plexos-secret',
      leaseSeconds: 20,
      handle: async () => {
        runs++;
        markRunning();
        await gate;
      },
    });
    const url = await listen(createServer((req, res) => handler(req, res)));
    const delivery = await signWebhook({
      scheme: 'plexos',
      payload: { id: 'evt_1' },
      secret: 'plexos-secret',
    });
    const first = post(url, delivery);
    await running;
    expect(await post(url, delivery)).toMatchObject({
      status: 409,
      retryAfter: expect.stringMatching(/^(19|20)$/),
      body: { error: { code: 'DELIVERY_IN_PROGRESS' } },
    });
    release();
    expect((await first).status).toBe(200);
    expect(runs).toBe(1);
  });

  it('refuses forged deliveries and parsed bodies with 400 without running handle', async () => {
    let runs = 0;
    const app = express();
    const handler = createWebhookHandler({
      publicKey: keys.publicKey,
      handle: () => {
        runs++;
      },
    });
    app.post('/webhooks', handler);
    app.post('/parsed', express.json(), handler);
    const url = await listen(createServer(app));
    const forged = await signWebhook({ payload: paid, privateKey: (await generateTestKeyPair()).privateKey });
    expect(await post(url, forged)).toMatchObject({
      status: 400,
      body: { error: { code: 'SIGNATURE_MISMATCH' } },
    });
    const genuine = await signWebhook({ payload: paid, privateKey: keys.privateKey });
    const parsed = await fetch(`${url}/parsed`, {
      method: 'POST',
      body: genuine.body,
      headers: { 'content-type': 'application/json', ...genuine.headers },
    });
    expect(parsed.status).toBe(400);
    expect(await parsed.json()).toMatchObject({ error: { code: 'PAYLOAD_PARSED' } });
    expect(runs).toBe(0);
  });

  it('refuses an invalid limit when it is created', () => {
    expect(() => createWebhookHandler({ publicKey: '', limit: -1, handle: () => undefined })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });
});
