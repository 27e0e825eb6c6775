import { describe, expect, it } from 'vitest';
import type * as Api from '../src/index.js';
import { builds } from './support/builds.js';
import { gate } from './support/gate.js';

const SECRET = 'handler-secret';
const keys = await (await import('../src/node.js')).generateTestKeyPair();

/** A signed Plumaas delivery of `event` as a fetch Request (a new Request each call: bodies are read once). */
async function plumaas(api: typeof Api, event: object) {
  const { body, headers } = await api.signWebhook({ scheme: 'plumaas', payload: event, secret: SECRET });
  const request = (overrides: Record<string, string> = {}) =>
    new Request('http://127.0.0.1/webhooks', { method: 'POST', body, headers: { ...headers, ...overrides } });
  return Object.assign(request, { timestamp: headers['x-plumaas-timestamp'] });
}

async function answer(response: Response) {
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: await response.json(),
  };
}

describe.each(builds)('createWebhookHandler (%s)', (_label, api) => {
  it('runs handle once for a genuine event and answers later deliveries as duplicates', async () => {
    const seen: Array<{ event: unknown; key: string; aborted: boolean; request: boolean }> = [];
    const handler = api.createWebhookHandler({
      scheme: 'plumaas',
      secret: SECRET,
      handle: (event, context) => {
        seen.push({
          event,
          key: context.key,
          aborted: context.signal.aborted,
          request: context.request instanceof Request,
        });
      },
    });
    const delivery = await plumaas(api, { id: 'evt_1', type: 'charge.succeeded' });
    expect(await answer(await handler(delivery()))).toEqual({
      status: 200,
      retryAfter: null,
      body: { received: true },
    });
    expect(await answer(await handler(delivery()))).toEqual({
      status: 200,
      retryAfter: null,
      body: { received: true, duplicate: true },
    });
    expect(seen).toEqual([
      {
        event: { id: 'evt_1', type: 'charge.succeeded' },
        key: 'plumaas:evt_1',
        aborted: false,
        request: true,
      },
    ]);
  });

  it('answers 409 with Retry-After while another delivery of the event is being processed', async () => {
    const held = gate();
    const running = gate();
    let runs = 0;
    const handler = api.createWebhookHandler({
      scheme: 'plumaas',
      secret: SECRET,
      leaseSeconds: 30,
      handle: async () => {
        runs++;
        running.open();
        await held.promise;
      },
    });
    const delivery = await plumaas(api, { id: 'evt_2' });
    const first = handler(delivery());
    // Both deliveries verify asynchronously; the duplicate goes once the first one holds the event.
    await running.promise;
    const second = await answer(await handler(delivery()));
    expect(second).toEqual({
      status: 409,
      retryAfter: '30',
      body: { error: { code: 'DELIVERY_IN_PROGRESS', message: expect.any(String) } },
    });
    held.open();
    expect((await first).status).toBe(200);
    expect((await handler(delivery())).status).toBe(200);
    expect(runs).toBe(1);
  });

  it('answers 500 when handle throws, releases the event, and processes the retry', async () => {
    const errors: string[] = [];
    let attempts = 0;
    const done: unknown[] = [];
    const handler = api.createWebhookHandler({
      scheme: 'plumaas',
      secret: SECRET,
      handle: (event) => {
        if (++attempts === 1) throw new Error('database is down: postgres://user:pw@db');
        done.push(event);
      },
      onError: (error) => errors.push(`${error.code} ${(error.cause as Error).message}`),
    });
    const delivery = await plumaas(api, { id: 'evt_3' });
    const failed = await answer(await handler(delivery()));
    expect(failed).toEqual({
      status: 500,
      retryAfter: null,
      body: { error: { code: 'HANDLER_FAILED', message: 'handle failed.' } },
    });
    expect(JSON.stringify(failed)).not.toContain('postgres');
    expect(errors).toEqual(['HANDLER_FAILED database is down: postgres://user:pw@db']);
    expect((await handler(delivery())).status).toBe(200);
    expect(done).toEqual([{ id: 'evt_3' }]);
  });

  it('refuses forged deliveries with 400 and a broken setup with 500, and never runs handle', async () => {
    let runs = 0;
    const handle = () => {
      runs++;
    };
    const handler = api.createWebhookHandler({ scheme: 'plumaas', secret: SECRET, handle });
    const delivery = await plumaas(api, { id: 'evt_4' });
    const forged = await answer(
      await handler(delivery({ 'x-plumaas-signature': `t=${delivery.timestamp},v1=${'0'.repeat(64)}` })),
    );
    expect(forged).toMatchObject({ status: 400, body: { error: { code: 'SIGNATURE_MISMATCH' } } });
    const misconfigured = api.createWebhookHandler({ publicKey: 'not a key', handle });
    const signed = await api.signWebhook({ payload: { id: 'p' }, privateKey: keys.privateKey });
    const response = await misconfigured(
      new Request('http://127.0.0.1/', { method: 'POST', body: signed.body, headers: signed.headers }),
    );
    expect(await answer(response)).toMatchObject({
      status: 500,
      body: { error: { code: 'KEY_IMPORT_FAILED' } },
    });
    const read = delivery();
    await read.text();
    expect(await answer(await handler(read))).toMatchObject({
      status: 400,
      body: { error: { code: 'PAYLOAD_PARSED' } },
    });
    expect(runs).toBe(0);
  });

  it('processes a gateway event without an id once', async () => {
    let runs = 0;
    const handler = api.createWebhookHandler({
      publicKey: keys.publicKey,
      handle: () => {
        runs++;
      },
    });
    const signed = await api.signWebhook({
      payload: { event_type: 'purchase.paid', status: 'paid' },
      privateKey: keys.privateKey,
    });
    for (let i = 0; i < 3; i++) {
      const request = new Request('http://127.0.0.1/', {
        method: 'POST',
        body: signed.body,
        headers: signed.headers,
      });
      expect((await handler(request)).status).toBe(200);
    }
    expect(runs).toBe(1);
  });

  it('answers 503 when handle outlives its lease, aborts its signal, and lets the retry process the event', async () => {
    const stuck = gate();
    const signals: AbortSignal[] = [];
    const runs: string[] = [];
    const errors: string[] = [];
    const handler = api.createWebhookHandler({
      scheme: 'plumaas',
      secret: SECRET,
      leaseSeconds: 0.2,
      handle: async (_event, { signal }) => {
        signals.push(signal);
        runs.push(signals.length === 1 ? 'stuck' : 'retry');
        if (signals.length === 1) await stuck.promise;
      },
      onError: (error) => errors.push(error.code),
    });
    const delivery = await plumaas(api, { id: 'evt_5' });
    const started = Date.now();
    expect(await answer(await handler(delivery()))).toMatchObject({
      status: 503,
      retryAfter: '1',
      body: { error: { code: 'LEASE_EXPIRED' } },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(signals[0]!.aborted).toBe(true);
    expect((await handler(delivery())).status).toBe(200);
    // The stuck call finishes late: the retry already marked the event done, so it changes nothing.
    stuck.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toEqual(['LEASE_EXPIRED', 'LEASE_LOST']);
    expect((await answer(await handler(delivery()))).body).toEqual({ received: true, duplicate: true });
    expect(runs).toEqual(['stuck', 'retry']);
  });

  it('answers 503 without running handle when the store fails, and 200 when only completion fails', async () => {
    const memory = api.createMemoryReplayStore();
    const outage = new Error('ECONNREFUSED 127.0.0.1:6379');
    let failAcquire = true;
    const store: Api.WebhookEventStore = {
      acquire: (...args) => (failAcquire ? Promise.reject(outage) : memory.acquire(...args)),
      complete: () => Promise.reject(outage),
      release: (...args) => memory.release(...args),
    };
    const errors: string[] = [];
    let runs = 0;
    const handler = api.createWebhookHandler({
      scheme: 'plumaas',
      secret: SECRET,
      store,
      leaseSeconds: 5,
      handle: () => {
        runs++;
      },
      onError: (error) => errors.push(error.code),
    });
    const delivery = await plumaas(api, { id: 'evt_6' });
    expect(await answer(await handler(delivery()))).toMatchObject({
      status: 503,
      retryAfter: '5',
      body: { error: { code: 'STORE_UNAVAILABLE' } },
    });
    expect(runs).toBe(0);
    failAcquire = false;
    expect(await answer(await handler(delivery()))).toMatchObject({ status: 200, body: { received: true } });
    expect(runs).toBe(1);
    expect(errors).toEqual(['STORE_UNAVAILABLE', 'STORE_UNAVAILABLE']);
  });

  it.each([
    ['leaseSeconds NaN', { leaseSeconds: Number.NaN }],
    ['leaseSeconds 0', { leaseSeconds: 0 }],
    ['a lease longer than a timer can wait', { leaseSeconds: 3_000_000 }],
    ['ttlSeconds -1', { ttlSeconds: -1 }],
    ['ttlSeconds below leaseSeconds', { leaseSeconds: 60, ttlSeconds: 30 }],
    ['a replay store without leases', { store: { add: () => true, delete: () => undefined } }],
    ['a replayGuard', { replayGuard: {} }],
    ['no handle', { handle: undefined }],
  ])('refuses %s with INVALID_OPTIONS', (_name, options) => {
    expect(() =>
      api.createWebhookHandler({
        scheme: 'plumaas',
        secret: SECRET,
        handle: () => undefined,
        ...(options as object),
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });
});
