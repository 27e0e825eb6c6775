import { type RecordingServer, recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import { HttpClient } from '../src/index.node.js';

const startServer = recordingServersPerTest();

/** A list endpoint with `total` items, `perPage` per page, linking pages with absolute `next` URLs. */
async function listServer(total: number, perPage: number, nextOrigin?: string): Promise<RecordingServer> {
  let origin = '';
  const s = await startServer((request) => {
    const url = new URL(request.url, origin);
    const page = Number(url.searchParams.get('page') ?? '1');
    const start = (page - 1) * perPage;
    const results = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => ({
      id: start + i,
    }));
    const linkTo = (p: number): string => `${nextOrigin ?? origin}/api/v1/clients/?page=${p}`;
    return {
      status: 200,
      body: {
        results,
        next: start + perPage < total ? linkTo(page + 1) : null,
        previous: page > 1 ? linkTo(page - 1) : null,
      },
    };
  });
  origin = s.origin;
  return s;
}

const clientFor = (s: RecordingServer): HttpClient =>
  new HttpClient({ baseURL: `${s.origin}/api/v1`, apiKey: 'sk_test_pages1', retry: { initialDelayMs: 1 } });

describe('pagination', () => {
  it('awaits to the first page, with links', async () => {
    const server = await listServer(25, 10);
    const page = await clientFor(server).requestPage<{ id: number }>({ method: 'GET', path: '/clients/' });
    expect(page.results.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(page.hasNextPage()).toBe(true);
    expect(page.previous).toBeNull();
    const second = await page.getNextPage();
    expect(second.results[0]).toEqual({ id: 10 });
  });

  it('iterates every item of every page in order, following next', async () => {
    const server = await listServer(25, 10);
    const ids: number[] = [];
    for await (const item of clientFor(server).requestPage<{ id: number }>({
      method: 'GET',
      path: '/clients/',
    })) {
      ids.push(item.id);
    }
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/v1/clients/',
      '/api/v1/clients/?page=2',
      '/api/v1/clients/?page=3',
    ]);
    expect(server.requests.every((r) => r.headers.authorization === 'Bearer sk_test_pages1')).toBe(true);
  });

  it('iterates pages with iterPages and stops on the last page', async () => {
    const server = await listServer(20, 10);
    const sizes: number[] = [];
    for await (const page of clientFor(server)
      .requestPage({ method: 'GET', path: '/clients/' })
      .iterPages()) {
      sizes.push(page.results.length);
    }
    expect(sizes).toEqual([10, 10]);
  });

  it('refuses to follow a next link at another origin, so the key never leaves the gateway', async () => {
    const server = await listServer(25, 10, 'http://evil.example');
    const seen: number[] = [];
    const iterate = async (): Promise<void> => {
      for await (const item of clientFor(server).requestPage<{ id: number }>({
        method: 'GET',
        path: '/clients/',
      })) {
        seen.push(item.id);
      }
    };
    await expect(iterate()).rejects.toMatchObject({ code: 'pagination_origin_mismatch' });
    expect(seen).toHaveLength(10);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects a list response without a results array as an invalid response', async () => {
    const server = await startServer(() => ({ status: 200, body: { items: [] } }));
    await expect(clientFor(server).requestPage({ method: 'GET', path: '/clients/' })).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('hands every page to checkPage, later ones included, and rejects the page it throws for', async () => {
    const server = await listServer(25, 10);
    const checked: number[] = [];
    const pages = clientFor(server).requestPage<{ id: number }>(
      { method: 'GET', path: '/clients/' },
      {},
      (body, response) => {
        expect(response.status).toBe(200);
        checked.push(body.results.length);
        if (checked.length === 3) throw new RangeError('page 3 drifted');
      },
    );
    const ids: number[] = [];
    const iterate = async (): Promise<void> => {
      for await (const item of pages) ids.push(item.id);
    };
    await expect(iterate()).rejects.toThrow('page 3 drifted');
    expect(checked).toEqual([10, 10, 5]);
    expect(ids).toHaveLength(20);
  });

  it('resolves relative next links against the base URL', async () => {
    const server = await startServer((request) =>
      request.url === '/api/v1/clients/'
        ? { status: 200, body: { results: [1], next: '/api/v1/clients/?page=2', previous: null } }
        : { status: 200, body: { results: [2], next: null, previous: null } },
    );
    const all: number[] = [];
    for await (const n of clientFor(server).requestPage<number>({ method: 'GET', path: '/clients/' }))
      all.push(n);
    expect(all).toEqual([1, 2]);
  });
});

describe('pagination that would never end', () => {
  it('stops with pagination_loop when a next link repeats a page already fetched', async () => {
    let origin = '';
    const server = await startServer((request) => {
      const page = new URL(request.url, origin).searchParams.get('page') ?? '1';
      // page 1 → page 2 → page 1 → …
      const next = `${origin}/api/v1/clients/?page=${page === '1' ? '2' : '1'}`;
      return { body: { results: [{ id: page }], next, previous: null } };
    });
    origin = server.origin;
    const client = new HttpClient({ baseURL: `${origin}/api/v1`, apiKey: 'sk_test_loop1' });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of client.requestPage({ method: 'GET', path: '/clients/', query: { page: 1 } }))
        seen.push(item);
    })().catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('pagination_loop');
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('stops with pagination_loop after a run of empty pages that keep linking on', async () => {
    let origin = '';
    const server = await startServer((request) => {
      const page = Number(new URL(request.url, origin).searchParams.get('page') ?? '1');
      return { body: { results: [], next: `${origin}/api/v1/clients/?page=${page + 1}`, previous: null } };
    });
    origin = server.origin;
    const client = new HttpClient({ baseURL: `${origin}/api/v1`, apiKey: 'sk_test_loop1' });
    const error = await (async () => {
      for await (const _item of client.requestPage({ method: 'GET', path: '/clients/' })) {
        // no items
      }
    })().catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('pagination_loop');
    expect(server.requests.length).toBeLessThanOrEqual(10);
  });
});
