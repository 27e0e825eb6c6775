import { describe, expect, it } from 'vitest';
import { GatewayError } from './gateway-error';
import { IdempotencyStore } from './idempotency';

describe('IdempotencyStore', () => {
  it('does not remember 5xx results, so the retry runs again', async () => {
    const store = new IdempotencyStore();
    let runs = 0;
    const execute = async () => {
      runs += 1;
      return { status: runs === 1 ? 503 : 201, body: { run: runs } };
    };
    expect((await store.run('k', 'key', 'f', execute)).result.status).toBe(503);
    const second = await store.run('k', 'key', 'f', execute);
    expect(second).toEqual({ result: { status: 201, body: { run: 2 } }, replayed: false });
    expect((await store.run('k', 'key', 'f', execute)).replayed).toBe(true);
    expect(runs).toBe(2);
  });

  it('throws a 422 GatewayError for another fingerprint', async () => {
    const store = new IdempotencyStore();
    await store.run('k', 'key', 'a', async () => ({ status: 200 }));
    await expect(store.run('k', 'key', 'b', async () => ({ status: 200 }))).rejects.toBeInstanceOf(
      GatewayError,
    );
  });
});
