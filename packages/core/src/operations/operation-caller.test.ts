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

describe('OperationCaller with validators loaded on demand', () => {
  const described = {
    'orders.list': { ...routes['orders.list'], queryParams: ['limit', 'offset'], hasBody: false },
    'orders.create': { ...routes['orders.create'], queryParams: [], hasBody: true },
    'orders.retrieve': { ...routes['orders.retrieve'], queryParams: [], hasBody: false },
  };

  function lazySetup(load: () => Promise<typeof validators>, checkResponse?: () => void) {
    let loads = 0;
    const client = new HttpClient({
      baseURL: 'https://api.example.test/v1',
      apiKey: 'key_123',
      fetch: (async () => json({ id: 'o1', orders: [] })) as typeof fetch,
    });
    const caller = new OperationCaller(client, {
      routes: described,
      validators: () => {
        loads++;
        return load();
      },
      ...(checkResponse === undefined ? {} : { checkResponse }),
    });
    return { caller, loads: () => loads };
  }

  it('never loads them for a call with no query or body to check', async () => {
    const { caller, loads } = lazySetup(async () => validators);
    await caller.call('orders.retrieve', { pathParams: { id: 'o1' } });
    await caller.call('orders.retrieve', { pathParams: { id: 'o2' } });
    expect(loads()).toBe(0);
  });

  it('loads them once, shared by concurrent first calls, and then checks every call with them', async () => {
    const { caller, loads } = lazySetup(async () => validators);
    await Promise.all([
      caller.call('orders.create', { body: { amount: 1 } }),
      caller.call('orders.create', { body: { amount: 2 } }),
    ]);
    await expect(caller.call('orders.create', { body: {} })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(loads()).toBe(1);
  });

  it('refuses invalid input on the first call too, after loading them', async () => {
    const { caller } = lazySetup(async () => validators);
    await expect(caller.call('orders.create', { body: {} })).rejects.toBeInstanceOf(InvalidRequestError);
    // The same loaded validators then let a valid list call through, read as an empty last page.
    const page = await caller.callPage<{ id: string }>('orders.list', { query: { limit: 2 } });
    expect(page.hasNextPage()).toBe(false);
  });

  it('loads them for a response check even when the call has no input', async () => {
    let checked = 0;
    const { caller, loads } = lazySetup(
      async () => validators,
      () => void checked++,
    );
    await caller.call('orders.retrieve', { pathParams: { id: 'o1' } });
    expect([loads(), checked]).toEqual([1, 1]);
  });

  it('rejects the call when loading fails, and tries again on the next call', async () => {
    let attempt = 0;
    const { caller, loads } = lazySetup(async () => {
      if (++attempt === 1) throw new Error('chunk failed to load');
      return validators;
    });
    await expect(caller.call('orders.create', { body: { amount: 1 } })).rejects.toThrow(
      'chunk failed to load',
    );
    await expect(caller.call('orders.create', { body: { amount: 1 } })).resolves.toMatchObject({ id: 'o1' });
    expect(loads()).toBe(2);
  });
});
