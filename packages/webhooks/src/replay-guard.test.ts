import { describe, expect, it } from 'vitest';
import { generateTestKeyPair, signWebhook, verifyWebhook } from './node.js';
import { createReplayGuard } from './replay-guard.js';
import { createMemoryReplayStore } from './replay-store.js';
import type { ReplayStore } from './types/replay-guard-options.js';

describe('createMemoryReplayStore', () => {
  it('refuses a key until its TTL passes', () => {
    let now = 0;
    const store = createMemoryReplayStore({ now: () => now });
    expect(store.add('a', 10)).toBe(true);
    expect(store.add('a', 10)).toBe(false);
    now = 9_999;
    expect(store.add('a', 10)).toBe(false);
    now = 10_000;
    expect(store.add('a', 10)).toBe(true);
  });

  it('drops the oldest keys beyond maxEntries', () => {
    const store = createMemoryReplayStore({ maxEntries: 2, now: () => 0 });
    store.add('a', 60);
    store.add('b', 60);
    store.add('c', 60);
    expect(store.add('a', 60)).toBe(true);
    expect(store.add('c', 60)).toBe(false);
  });

  it('forgets a deleted key', () => {
    const store = createMemoryReplayStore();
    store.add('a', 60);
    store.delete('a');
    expect(store.add('a', 60)).toBe(true);
  });

  it.each([Number.NaN, 0, -1, 1.5, Number.POSITIVE_INFINITY, '10' as unknown as number])(
    'refuses maxEntries %s, which would switch replay protection off',
    (maxEntries) => {
      expect(() => createMemoryReplayStore({ maxEntries })).toThrow(/maxEntries must be a whole number/);
    },
  );
});

describe('createMemoryReplayStore as a WebhookEventStore', () => {
  it('leases an event to one owner, then remembers it as done', () => {
    let now = 0;
    const store = createMemoryReplayStore({ now: () => now });
    expect(store.acquire('e', 'a', 30)).toEqual({ state: 'acquired' });
    now = 10_000;
    expect(store.acquire('e', 'b', 30)).toEqual({ state: 'processing', retryAfterSeconds: 20 });
    expect(store.complete('e', 'a', 3600)).toBe(true);
    expect(store.acquire('e', 'b', 30)).toEqual({ state: 'done' });
    expect(store.add('e', 3600)).toBe(false);
    now = 3_610_001;
    expect(store.acquire('e', 'b', 30)).toEqual({ state: 'acquired' });
  });

  it('releases only its own lease, so a retry is processed', () => {
    const store = createMemoryReplayStore();
    store.acquire('e', 'a', 30);
    expect(store.release('e', 'b')).toBe(false);
    expect(store.acquire('e', 'b', 30).state).toBe('processing');
    expect(store.release('e', 'a')).toBe(true);
    expect(store.acquire('e', 'b', 30)).toEqual({ state: 'acquired' });
    expect(store.complete('e', 'b', 60)).toBe(true);
    expect(store.release('e', 'b')).toBe(false);
    expect(store.acquire('e', 'c', 30)).toEqual({ state: 'done' });
  });

  it('never lets a stale owner mark done an event another owner took over', () => {
    let now = 0;
    const store = createMemoryReplayStore({ now: () => now });
    store.acquire('e', 'a', 1);
    now = 1_000;
    expect(store.acquire('e', 'b', 30)).toEqual({ state: 'acquired' });
    expect(store.complete('e', 'a', 3600)).toBe(false);
    expect(store.release('e', 'a')).toBe(false);
    expect(store.acquire('e', 'c', 30).state).toBe('processing');
    expect(store.complete('e', 'b', 3600)).toBe(true);
  });

  it('lets an owner whose lease ran out untaken record its finished work', () => {
    let now = 0;
    const store = createMemoryReplayStore({ now: () => now });
    store.acquire('e', 'a', 1);
    now = 5_000;
    expect(store.complete('e', 'a', 60)).toBe(true);
    expect(store.acquire('e', 'b', 30)).toEqual({ state: 'done' });
  });
});

describe('createReplayGuard', () => {
  it('passes its TTL (24 h by default) to the store', async () => {
    const seen: number[] = [];
    const store: ReplayStore = {
      add: (_key, ttl) => {
        seen.push(ttl);
        return true;
      },
      delete: () => undefined,
    };
    await createReplayGuard({ store }).claim('k');
    await createReplayGuard({ store, ttlSeconds: 129_600 }).claim('k');
    expect(seen).toEqual([86_400, 129_600]);
  });

  it('lets a released id be claimed again, for retries after failed processing', async () => {
    const guard = createReplayGuard();
    expect(await guard.claim('k')).toBe(true);
    expect(await guard.claim('k')).toBe(false);
    await guard.release('k');
    expect(await guard.claim('k')).toBe(true);
  });
});

const keys = await generateTestKeyPair();

describe('deduplication inside verifyWebhook', () => {
  async function deliver(payload: object, replayGuard = createReplayGuard()) {
    const signed = await signWebhook({ payload, privateKey: keys.privateKey });
    const first = await verifyWebhook({
      payload: signed.body,
      headers: signed.headers,
      publicKey: keys.publicKey,
      replayGuard,
    });
    return {
      first,
      replayGuard,
      again: () =>
        verifyWebhook({
          payload: signed.body,
          headers: signed.headers,
          publicKey: keys.publicKey,
          replayGuard,
        }),
    };
  }

  it('refuses a repeated gateway callback with DUPLICATE_DELIVERY', async () => {
    const { again } = await deliver({ id: 'p1', event_type: 'purchase.paid', updated_on: 5 });
    await expect(again()).rejects.toMatchObject({ code: 'DUPLICATE_DELIVERY' });
  });

  it('keeps two payment failures of one purchase apart (different update times)', async () => {
    const { replayGuard } = await deliver({
      id: 'p2',
      event_type: 'purchase.payment_failure',
      updated_on: 1,
    });
    await expect(
      deliver({ id: 'p2', event_type: 'purchase.payment_failure', updated_on: 2 }, replayGuard),
    ).resolves.toBeDefined();
  });

  it('dedupes envelope events by their own id', async () => {
    const { replayGuard } = await deliver({ id: 'evt_1', type: 'purchase.paid', object: { id: 'p3' } });
    await expect(
      deliver({ id: 'evt_1', type: 'purchase.paid', object: { id: 'p3' } }, replayGuard),
    ).rejects.toMatchObject({
      code: 'DUPLICATE_DELIVERY',
    });
  });

  it('dedupes Standard Webhooks and PebblePay deliveries by their id header, even with a new signature', async () => {
    const replayGuard = createReplayGuard();
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    for (const [timestamp, expected] of [
      [100, 'ok'],
      [101, 'DUPLICATE_DELIVERY'],
    ] as const) {
      const signed = await signWebhook({
        scheme: 'standard-webhooks',
        payload: '{}',
        secret,
        id: 'msg_same',
        timestamp,
      });
      const outcome = await verifyWebhook({
        scheme: 'standard-webhooks',
        payload: signed.body,
        headers: signed.headers,
        secret,
        now: 100_000,
        replayGuard,
      }).then(
        () => 'ok',
        (error: { code: string }) => error.code,
      );
      expect(outcome).toBe(expected);
    }
    const pebble = await signWebhook({ scheme: 'pebblepay', payload: '{}', secret: 's', id: 'txn_1' });
    await verifyWebhook({
      scheme: 'pebblepay',
      payload: pebble.body,
      headers: pebble.headers,
      secret: 's',
      replayGuard,
    });
    await expect(
      verifyWebhook({
        scheme: 'pebblepay',
        payload: pebble.body,
        headers: pebble.headers,
        secret: 's',
        replayGuard,
      }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_DELIVERY' });
  });

  it('namespaces ids by scheme so providers cannot collide', async () => {
    const replayGuard = createReplayGuard();
    const body = '{"id":"evt_9"}';
    for (const scheme of ['plexos', 'plugipay'] as const) {
      const signed = await signWebhook({ scheme, payload: body, secret: 's', timestamp: 100 });
      await expect(
        verifyWebhook({
          scheme,
          payload: signed.body,
          headers: signed.headers,
          secret: 's',
          now: 100_000,
          replayGuard,
        }),
      ).resolves.toEqual({ id: 'evt_9' });
    }
  });
});
