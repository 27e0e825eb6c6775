import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { webhookMiddleware } from '../src/express.js';
import { createReplayGuard, generateTestKeyPair, signWebhook } from '../src/node.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const keys = await generateTestKeyPair();
const forgerKeys = await generateTestKeyPair();
const paid = { id: 'pur_1', event_type: 'purchase.paid', status: 'paid', updated_on: 1 };

function appWith(parser: 'raw' | 'none' | 'json', options: Parameters<typeof webhookMiddleware>[0]) {
  const app = express();
  const handlers =
    parser === 'raw'
      ? [express.raw({ type: 'application/json' })]
      : parser === 'json'
        ? [express.json()]
        : [];
  app.post('/webhooks', ...handlers, webhookMiddleware(options), (req, res) => {
    res.json({ received: req.webhookEvent });
  });
  return app;
}

async function post(url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) {
  const response = await fetch(`${url}/webhooks`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('webhookMiddleware in a real Express 5 app', () => {
  it('accepts a signed delivery behind express.raw() and exposes req.webhookEvent', async () => {
    const url = await listen(appWith('raw', { publicKey: keys.publicKey }));
    const { body, headers } = await signWebhook({ payload: paid, privateKey: keys.privateKey });
    expect(await post(url, body, headers)).toEqual({ status: 200, json: { received: paid } });
  });

  it('rejects a delivery forged with another key behind express.raw()', async () => {
    const url = await listen(appWith('raw', { publicKey: keys.publicKey }));
    const { body, headers } = await signWebhook({ payload: paid, privateKey: forgerKeys.privateKey });
    const response = await post(url, body, headers);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: { code: 'SIGNATURE_MISMATCH', message: expect.any(String) } });
  });

  it('rejects a genuine signature over a modified body', async () => {
    const url = await listen(appWith('raw', { publicKey: keys.publicKey }));
    const { body, headers } = await signWebhook({ payload: paid, privateKey: keys.privateKey });
    const response = await post(url, String(body).replace('paid"', 'paid" '), headers);
    expect(response.json).toMatchObject({ error: { code: 'SIGNATURE_MISMATCH' } });
  });

  it('reads the raw body itself when no body parser is mounted', async () => {
    const url = await listen(appWith('none', { scheme: 'plumaas', secret: 'plumaas-secret' }));
    const { body, headers } = await signWebhook({
      scheme: 'plumaas',
      payload: { event: 'charge.succeeded' },
      secret: 'plumaas-secret',
    });
    expect(await post(url, body, headers)).toEqual({
      status: 200,
      json: { received: { event: 'charge.succeeded' } },
    });
    const forged = await post(url, body, {
      ...headers,
      'x-plumaas-signature': `t=${headers['x-plumaas-timestamp']},v1=${'0'.repeat(64)}`,
    });
    expect(forged.json).toMatchObject({ error: { code: 'SIGNATURE_MISMATCH' } });
  });

  it('explains the fix when express.json() already parsed the body', async () => {
    const url = await listen(appWith('json', { publicKey: keys.publicKey }));
    const { body, headers } = await signWebhook({ payload: paid, privateKey: keys.privateKey });
    const response = await post(url, body, headers);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({
      error: { code: 'PAYLOAD_PARSED', message: expect.stringContaining('express.raw') },
    });
  });

  it('answers a replayed delivery with 200 and does not run the handler twice', async () => {
    let handled = 0;
    const app = express();
    app.post(
      '/webhooks',
      webhookMiddleware({ publicKey: keys.publicKey, replayGuard: createReplayGuard() }),
      (_req, res) => {
        handled++;
        res.json({ ok: true });
      },
    );
    const url = await listen(app);
    const { body, headers } = await signWebhook({ payload: paid, privateKey: keys.privateKey });
    expect((await post(url, body, headers)).json).toEqual({ ok: true });
    expect(await post(url, body, headers)).toEqual({
      status: 200,
      json: { received: true, duplicate: true },
    });
    expect(handled).toBe(1);
  });

  it('answers a replay with a re-spelled signature header as a duplicate (an event without an id)', async () => {
    let handled = 0;
    const app = express();
    const secret = 'plumaas-secret';
    app.post(
      '/webhooks',
      webhookMiddleware({ scheme: 'plumaas', secret, replayGuard: createReplayGuard() }),
      (_req, res) => {
        handled++;
        res.json({ ok: true });
      },
    );
    const url = await listen(app);
    const { body, headers } = await signWebhook({ scheme: 'plumaas', payload: { amount: 1 }, secret });
    const [t, v1] = headers['x-plumaas-signature']!.split(',');
    expect((await post(url, body, headers)).json).toEqual({ ok: true });
    for (const respelled of [`${v1},${t}`, `${t},v0=1,${v1}`, `${t},v1=${'a'.repeat(64)},${v1}`]) {
      expect(await post(url, body, { ...headers, 'x-plumaas-signature': respelled })).toEqual({
        status: 200,
        json: { received: true, duplicate: true },
      });
    }
    expect(handled).toBe(1);
  });

  it('refuses bodies over the limit when it reads the body itself', async () => {
    const url = await listen(appWith('none', { scheme: 'pebblepay', secret: 's', limit: 16 }));
    const { body, headers } = await signWebhook({
      scheme: 'pebblepay',
      payload: { event: 'x'.repeat(64) },
      secret: 's',
    });
    const response = await post(url, body, headers);
    expect(response.json).toMatchObject({ error: { code: 'INVALID_PAYLOAD' } });
  });

  it('lets onError shape the response', async () => {
    const app = express();
    app.post(
      '/webhooks',
      webhookMiddleware({
        publicKey: keys.publicKey,
        onError: (error, _req, res) => {
          res.statusCode = 401;
          res.end(JSON.stringify({ refused: error.code }));
        },
      }),
      (_req, res) => res.json({}),
    );
    const url = await listen(app);
    expect(await post(url, '{}', { 'x-signature': 'AAAA' })).toEqual({
      status: 401,
      json: { refused: 'SIGNATURE_MISMATCH' },
    });
  });
  it('refuses a body that express.text() already decoded, since those are not the signed bytes', async () => {
    const app = express();
    app.post(
      '/webhooks',
      express.text({ type: 'application/json' }),
      webhookMiddleware({ publicKey: keys.publicKey }),
      (req, res) => {
        res.json({ received: req.webhookEvent });
      },
    );
    const url = await listen(app);
    const { body, headers } = await signWebhook({ payload: paid, privateKey: keys.privateKey });
    const response = await post(url, body, headers);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      error: { code: 'PAYLOAD_PARSED', message: expect.stringContaining('express.raw') },
    });
  });

  it("hands a throwing onError to Express's error handler instead of leaving the request hanging", async () => {
    const app = express();
    const onError = () => {
      throw new Error('alerting is down');
    };
    app.post(
      '/webhooks',
      express.raw({ type: 'application/json' }),
      webhookMiddleware({ publicKey: keys.publicKey, onError }),
    );
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(500).json({ handled: error.message });
    });
    const url = await listen(app);
    const { body, headers } = await signWebhook({ payload: paid, privateKey: forgerKeys.privateKey });
    expect(await post(url, body, headers)).toEqual({ status: 500, json: { handled: 'alerting is down' } });
  });
});
