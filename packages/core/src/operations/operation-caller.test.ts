import { describe, expect, it } from 'vitest';
import { HttpClient } from '../client/http-client.js';
import { InvalidRequestError } from '../errors/index.js';
import { OperationCaller } from './operation-caller.js';
import type { StructuralValidator } from './types.js';

const pass: StructuralValidator = { safeParse: (value) => ({ success: true, data: value }) };
const needsAmount: StructuralValidator<{ path: PropertyKey[]; message: string }> = {
  safeParse: (value) =>
    typeof (value as { amount?: unknown }).amount === 'number'
      ? { success: true, data: value }
      : { success: false, error: { issues: [{ path: ['amount'], message: 'Required' }] } },
};

const routes = {
  'orders.list': {
    method: 'GET',
    path: '/orders',
    pathParams: [],
    pagination: 'offset',
    itemsField: 'orders',
  },
  'orders.create': { method: 'POST', path: '/orders', pathParams: [] },
  'orders.retrieve': { method: 'GET', path: '/orders/{id}', pathParams: ['id'] },
} as const;
const validators = {
  'orders.list': { query: pass, body: null, bodyRequired: false, response: pass },
  'orders.create': { query: null, body: needsAmount, bodyRequired: true, response: pass },
  'orders.retrieve': { query: null, body: null, bodyRequired: false, response: pass },
};

function setup(handler: (url: URL, init: RequestInit) => Response, retryPosts?: boolean) {
  const seen: { url: URL; method: string }[] = [];
  const client = new HttpClient({
    baseURL: 'https://api.example.test/v1',
    apiKey: 'key_123',
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
    fetch: (async (input: string | URL, init: RequestInit = {}) => {
      const url = new URL(String(input));
      seen.push({ url, method: init.method ?? 'GET' });
      return handler(url, init);
    }) as typeof fetch,
  });
  const caller = new OperationCaller(client, { routes, validators, retryPosts });
  return { caller, seen };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('OperationCaller', () => {
  it('walks an offset list until a short page', async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ id: `o${i}` }));
    const { caller, seen } = setup((url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      return json({ orders: all.slice(offset, offset + limit) });
    });
    const ids: string[] = [];
    for await (const order of caller.callPage<{ id: string }>('orders.list', { query: { limit: 2 } }))
      ids.push(order.id);
    expect(ids).toEqual(['o0', 'o1', 'o2', 'o3', 'o4']);
    expect(seen.map((s) => s.url.search)).toEqual(['?limit=2', '?limit=2&offset=2', '?limit=2&offset=4']);
  });

  it('stops when total is reached or a page is empty', async () => {
    const { caller, seen } = setup(() => json({ orders: [{ id: 'a' }, { id: 'b' }], total: 2 }));
    const page = await caller.callPage<{ id: string }>('orders.list', {});
    expect(page.results).toHaveLength(2);
    expect(page.hasNextPage()).toBe(false);
    expect(seen).toHaveLength(1);
    const empty = setup(() => json({ orders: [] }));
    expect((await empty.caller.callPage('orders.list', {})).hasNextPage()).toBe(false);
  });

  it('refuses invalid input and bad path params without sending', async () => {
    const { caller, seen } = setup(() => json({}));
    await expect(caller.call('orders.create', { body: {} })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(caller.call('orders.create', { body: {} })).rejects.toThrow('amount: Required');
    await expect(caller.call('orders.retrieve', { pathParams: { id: '../x' } })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    expect(seen).toHaveLength(0);
  });

  it('fills and encodes path params', async () => {
    const { caller, seen } = setup(() => json({ id: 'a b' }));
    await expect(caller.call('orders.retrieve', { pathParams: { id: 'a b' } })).resolves.toEqual({
      id: 'a b',
    });
    expect(seen[0]?.url.pathname).toBe('/v1/orders/a%20b');
  });

  it('sends a POST once when retryPosts is false', async () => {
    const off = setup(() => json({ error: 'busy' }, 503), false);
    await expect(off.caller.call('orders.create', { body: { amount: 1 } })).rejects.toThrow();
    expect(off.seen).toHaveLength(1);
    const on = setup(() => json({ error: 'busy' }, 503));
    await expect(on.caller.call('orders.create', { body: { amount: 1 } })).rejects.toThrow();
    expect(on.seen.length).toBeGreaterThan(1);
  });
});
