import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplayGuard } from '../src/node.js';
import { commandSender } from '../src/redis/redis-commands.js';
import { createRedisReplayStore } from '../src/redis.js';
import { type ConnectedClient, redisClients } from './support/redis-clients.js';
import { type RedisServer, startRedisServer } from './support/redis-server.js';

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
}, 30_000);
afterAll(() => server?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let unique = 0;
const keyOf = (name: string) => `${name}-${++unique}`;

describe.each(redisClients)('createRedisReplayStore with %s', (_name, connect) => {
  let connection: ConnectedClient;
  beforeAll(async () => {
    connection = await connect(server.url);
  });
  afterAll(() => connection?.close());
  const store = () => createRedisReplayStore(connection.client);

  it('leases an event to one owner among many racing, then remembers it as done', async () => {
    const key = keyOf('race');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store().acquire(key, `owner-${i}`, 30)),
    );
    const winners = results.filter((result) => result.state === 'acquired');
    expect(winners).toHaveLength(1);
    const winner = `owner-${results.indexOf(winners[0]!)}`;
    expect(results.filter((result) => result.state === 'processing')).toHaveLength(19);
    expect(await store().acquire(key, 'late', 30)).toEqual({ state: 'processing', retryAfterSeconds: 30 });
    expect(await store().complete(key, 'late', 60)).toBe(false);
    expect(await store().complete(key, winner, 60)).toBe(true);
    expect(await store().acquire(key, 'later', 30)).toEqual({ state: 'done' });
    expect(await store().release(key, winner)).toBe(false);
    expect(await store().acquire(key, 'later', 30)).toEqual({ state: 'done' });
  });

  it('releases only its own lease, so that the retry is processed', async () => {
    const key = keyOf('release');
    await store().acquire(key, 'a', 30);
    expect(await store().release(key, 'b')).toBe(false);
    expect(await store().release(key, 'a')).toBe(true);
    expect(await store().acquire(key, 'b', 30)).toEqual({ state: 'acquired' });
  });

  it('lets a lease run out, and never lets its stale owner complete or release the event taken over', async () => {
    const key = keyOf('stale');
    expect(await store().acquire(key, 'a', 0.15)).toEqual({ state: 'acquired' });
    await sleep(250);
    expect(await store().acquire(key, 'b', 30)).toEqual({ state: 'acquired' });
    expect(await store().complete(key, 'a', 60)).toBe(false);
    expect(await store().release(key, 'a')).toBe(false);
    expect((await store().acquire(key, 'c', 30)).state).toBe('processing');
    expect(await store().complete(key, 'b', 60)).toBe(true);
    expect(await store().acquire(key, 'c', 30)).toEqual({ state: 'done' });
  });

  it('records the work of an owner whose lease ran out when nobody took the event over', async () => {
    const key = keyOf('late');
    await store().acquire(key, 'a', 0.1);
    await sleep(200);
    expect(await store().complete(key, 'a', 60)).toBe(true);
    expect(await store().acquire(key, 'b', 30)).toEqual({ state: 'done' });
  });

  it('forgets a done event after its TTL', async () => {
    const key = keyOf('ttl');
    await store().acquire(key, 'a', 30);
    await store().complete(key, 'a', 0.15);
    await sleep(250);
    expect(await store().acquire(key, 'b', 30)).toEqual({ state: 'acquired' });
  });

  it('serves a replay guard across connections', async () => {
    const other = await connect(server.url);
    try {
      const first = createReplayGuard({ store: createRedisReplayStore(connection.client) });
      const second = createReplayGuard({ store: createRedisReplayStore(other.client) });
      const key = keyOf('guard');
      expect(await first.claim(key)).toBe(true);
      expect(await second.claim(key)).toBe(false);
      await second.release(key);
      expect(await first.claim(key)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('reloads its script after the server forgot it, and keeps keys under its prefix', async () => {
    const prefixed = createRedisReplayStore(connection.client, { prefix: 'app-a:' });
    const key = keyOf('flush');
    expect(await prefixed.acquire(key, 'a', 30)).toEqual({ state: 'acquired' });
    await commandSender(connection.client)(['SCRIPT', 'FLUSH']);
    expect(await prefixed.complete(key, 'a', 60)).toBe(true);
    expect(
      await createRedisReplayStore(connection.client, { prefix: 'app-b:' }).acquire(key, 'b', 30),
    ).toEqual({
      state: 'acquired',
    });
    expect(await prefixed.acquire(key, 'b', 30)).toEqual({ state: 'done' });
  });
});

describe('createRedisReplayStore', () => {
  it('refuses something that is not a Redis client', () => {
    expect(() => createRedisReplayStore({} as never)).toThrow(/node-redis \(v4\/v5\) or ioredis/);
  });
});
