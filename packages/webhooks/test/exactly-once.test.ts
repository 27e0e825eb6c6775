import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as api from '../src/node.js';
import { createRedisReplayStore } from '../src/redis.js';
import { gate } from './support/gate.js';
import { type ConnectedClient, redisClients } from './support/redis-clients.js';
import { type RedisServer, startRedisServer } from './support/redis-server.js';

// Several handler instances, each with its own Redis connection, against one real redis-server.

const SECRET = 'exactly-once-secret';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `condition` holds (polled): a step that depends on another instance's progress waits for it, not for a guess. */
async function until(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}

let server: RedisServer;
const connections: ConnectedClient[] = [];
beforeAll(async () => {
  server = await startRedisServer();
}, 30_000);
afterAll(async () => {
  await Promise.all(connections.splice(0).map((connection) => connection.close()));
  await server?.stop();
});

async function connected(connect: (url: string) => Promise<ConnectedClient>) {
  const connection = await connect(server.url);
  connections.push(connection);
  return connection.client;
}

let unique = 0;
async function delivery() {
  const id = `evt_${++unique}_${Date.now()}`;
  const signed = await api.signWebhook({
    scheme: 'plumaas',
    payload: { id, type: 'charge.succeeded' },
    secret: SECRET,
  });
  return () =>
    new Request('http://127.0.0.1/webhooks', { method: 'POST', body: signed.body, headers: signed.headers });
}

describe.each(redisClients)('instances sharing Redis through %s', (_name, connect) => {
  const runs: string[] = [];
  const codes: string[] = [];

  /** One instance with its own connection: its `handle` records its name, then waits for `wait`. */
  const instance = async (name: string, leaseSeconds: number, wait?: Promise<void>) =>
    api.createWebhookHandler({
      scheme: 'plumaas',
      secret: SECRET,
      store: createRedisReplayStore(await connected(connect)),
      leaseSeconds,
      handle: async () => {
        runs.push(name);
        await wait;
      },
      onError: (error) => codes.push(`${name} ${error.code}`),
    });

  beforeEach(() => {
    runs.length = 0;
    codes.length = 0;
  });

  it('processes the retry of an event whose instance died holding it, once its lease ran out', async () => {
    // A dead instance never finishes, never releases, never answers.
    const dying = await instance('dying', 0.5, new Promise(() => undefined));
    const survivor = await instance('survivor', 0.5);
    const deliver = await delivery();
    void dying(deliver());
    await until(() => runs.includes('dying'));
    const early = await survivor(deliver());
    expect(early.status).toBe(409);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await sleep(600);
    expect((await survivor(deliver())).status).toBe(200);
    expect(await (await survivor(deliver())).json()).toEqual({ received: true, duplicate: true });
    expect(runs).toEqual(['dying', 'survivor']);
  });

  it('never lets an instance whose lease ran out mark done an event another instance took over', async () => {
    const first = gate();
    const second = gate();
    const a = await instance('a', 0.3, first.promise);
    const b = await instance('b', 0.3, second.promise);
    const c = await instance('c', 0.3);
    const deliver = await delivery();
    expect((await a(deliver())).status).toBe(503);
    const taken = b(deliver());
    await until(() => runs.includes('b'));
    // A's handle finishes late: B holds the event now, so A must not mark it done.
    first.open();
    await until(() => codes.length >= 2);
    expect(codes).toEqual(['a LEASE_EXPIRED', 'a LEASE_LOST']);
    expect((await c(deliver())).status).toBe(409);
    // B fails within its lease: the event is released, and the next retry is processed.
    second.fail(new Error('payment service down'));
    expect((await taken).status).toBe(500);
    expect((await c(deliver())).status).toBe(200);
    expect((await a(deliver())).status).toBe(200);
    expect(runs).toEqual(['a', 'b', 'c']);
  });
});

/** A small deterministic generator, so the storm is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe('a storm of deliveries over three instances', () => {
  it('processes every event exactly once despite duplicates, transient failures and dying handlers', async () => {
    const EVENTS = 400;
    const COPIES = 4;
    const rand = random(20_251_122);
    const keys = await api.generateTestKeyPair();
    const processed = new Map<string, number>();
    const stats = { deliveries: 0, failures: 0, deaths: 0, byStatus: new Map<number, number>() };

    const handle = async (event: unknown) => {
      const id = (event as { id?: string; object?: { id: string } }).id ?? '';
      await sleep(rand() * 6);
      const roll = rand();
      if (roll < 0.02) {
        stats.deaths++;
        await new Promise(() => undefined);
      }
      if (roll < 0.17) {
        stats.failures++;
        throw new Error('transient');
      }
      processed.set(id, (processed.get(id) ?? 0) + 1);
    };
    const clients = [redisClients[0], redisClients[1], redisClients[0]] as const;
    const instances = await Promise.all(
      clients.map(async ([, connect]) => {
        const store = createRedisReplayStore(await connected(connect), { prefix: 'storm:' });
        const common = { store, leaseSeconds: 2, handle };
        return {
          ummah: api.createWebhookHandler({ publicKey: keys.publicKey, ...common }),
          plumaas: api.createWebhookHandler({ scheme: 'plumaas', secret: SECRET, ...common }),
          standard: api.createWebhookHandler({
            scheme: 'standard-webhooks',
            secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
            ...common,
          }),
        };
      }),
    );

    /** One event as the provider sends it: a fresh Request per attempt, to the scheme's endpoint. */
    async function event(index: number) {
      const id = `evt_${index}`;
      const kind = (['ummah', 'plumaas', 'standard'] as const)[index % 3]!;
      const signed =
        kind === 'ummah'
          ? await api.signWebhook({
              payload: { id, event_type: 'purchase.paid', updated_on: 1_763_776_800 },
              privateKey: keys.privateKey,
            })
          : kind === 'plumaas'
            ? await api.signWebhook({ scheme: 'plumaas', payload: { id }, secret: SECRET })
            : await api.signWebhook({
                scheme: 'standard-webhooks',
                payload: { id },
                secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
                id: `msg_${index}`,
              });
      return { id, kind, request: () => new Request('http://127.0.0.1/', { method: 'POST', ...signed }) };
    }

    /** The provider: sends one copy, and retries it after every non-2xx answer with a growing backoff. */
    async function provide(sent: Awaited<ReturnType<typeof event>>) {
      await sleep(rand() * 300);
      for (let attempt = 0; attempt < 200; attempt++) {
        const instance = instances[Math.floor(rand() * instances.length)]!;
        stats.deliveries++;
        const { status } = await instance[sent.kind](sent.request());
        stats.byStatus.set(status, (stats.byStatus.get(status) ?? 0) + 1);
        if (status >= 200 && status < 300) return true;
        await sleep(Math.min(10 * 2 ** attempt, 250) * (0.5 + rand()));
      }
      return false;
    }

    const started = Date.now();
    const events = await Promise.all(Array.from({ length: EVENTS }, (_, index) => event(index)));
    const acknowledged = await Promise.all(
      events.flatMap((sent) => Array.from({ length: COPIES }, () => provide(sent))),
    );
    const lost = events.filter((sent) => !processed.has(sent.id)).length;
    const twice = [...processed.values()].filter((count) => count > 1).length;
    const statuses = [...stats.byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`);
    console.info(
      `exactly-once storm: ${EVENTS} events, ${stats.deliveries} deliveries (${statuses.join(', ')}) over 3 instances; ` +
        `${stats.failures} transient handler failures, ${stats.deaths} handlers that never returned; ` +
        `lost ${lost}, processed twice ${twice}; ${Date.now() - started} ms`,
    );
    expect(acknowledged.every(Boolean)).toBe(true);
    expect(lost).toBe(0);
    expect(twice).toBe(0);
    expect(processed.size).toBe(EVENTS);
  }, 60_000);
});
