import {
  referenceResponses as fx,
  type RecordedRequest,
  type RecordingServer,
  type Reply,
  startRecordingServer,
} from '@ummah/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResponseValidationError, Ummah } from '../src/index.js';

const KEY = 'sk_test_pagination';
const clientNo = (n: number) => ({ ...fx.client, id: `cli_${n}`, email: `client${n}@example.com` });

/** Serves `pages` pages of two clients each, linked by absolute `next` URLs like the gateway's. */
function pagedClients(gateway: () => RecordingServer, pages: number) {
  return (request: RecordedRequest): Reply => {
    const page = Number(request.query.get('page') ?? '1');
    const next = page < pages ? `${gateway().baseURL}/clients/?page=${page + 1}` : null;
    const previous = page > 1 ? `${gateway().baseURL}/clients/?page=${page - 1}` : null;
    return { body: fx.page([clientNo(page * 2 - 1), clientNo(page * 2)], next, previous) };
  };
}

describe('auto-pagination', () => {
  let gateway: RecordingServer;
  let ummah: Ummah;

  beforeAll(async () => {
    gateway = await startRecordingServer({ basePath: '/api/v1' });
    gateway.respondWith(pagedClients(() => gateway, 3));
    ummah = new Ummah(KEY, { baseURL: gateway.baseURL });
  });
  beforeEach(() => {
    gateway.requests.length = 0;
  });
  afterAll(() => gateway.close());

  it('walks every item of every page with for await, following `next`', async () => {
    const ids: string[] = [];
    for await (const client of ummah.clients.list()) ids.push(client.id);
    expect(ids).toEqual(['cli_1', 'cli_2', 'cli_3', 'cli_4', 'cli_5', 'cli_6']);
    expect(gateway.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
      '/api/v1/clients/?',
      '/api/v1/clients/?page=2',
      '/api/v1/clients/?page=3',
    ]);
  });

  it('fetches nothing beyond the page holding the last item consumed', async () => {
    for await (const client of ummah.clients.list()) {
      if (client.id === 'cli_3') break;
    }
    expect(gateway.requests).toHaveLength(2);
  });

  it('resolves to the first page when awaited, with a way to the next one', async () => {
    const first = await ummah.clients.list();
    expect(first.results.map((c) => c.id)).toEqual(['cli_1', 'cli_2']);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.results.map((c) => c.id)).toEqual(['cli_3', 'cli_4']);
  });

  it('pages the nested lists too (subscribers of a template, tokens of a client)', async () => {
    gateway.respondWith((request) => {
      const page = request.query.get('page');
      const next = page === null ? `${gateway.origin}${request.path}?page=2` : null;
      const item = request.path.includes('recurring_tokens') ? fx.recurringToken : fx.subscriber;
      return { body: fx.page([item], next) };
    });
    try {
      const subscribers: unknown[] = [];
      for await (const s of ummah.billingTemplates.subscribers.list('bt_1')) subscribers.push(s);
      const tokens: unknown[] = [];
      for await (const t of ummah.clients.recurringTokens.list('cli_1')) tokens.push(t);
      expect(subscribers).toEqual([fx.subscriber, fx.subscriber]);
      expect(tokens).toEqual([fx.recurringToken, fx.recurringToken]);
    } finally {
      gateway.respondWith(pagedClients(() => gateway, 3));
    }
  });

  it("checks every page, later ones included, when validateResponses is 'strict'", async () => {
    gateway.respondWith((request) =>
      request.query.get('page') === '2'
        ? { body: fx.page([{ ...fx.client, id: 42 }]) }
        : { body: fx.page([fx.client], `${gateway.baseURL}/clients/?page=2`) },
    );
    try {
      const strict = new Ummah(KEY, { baseURL: gateway.baseURL, validateResponses: 'strict' });
      const seen: string[] = [];
      const walk = async () => {
        for await (const client of strict.clients.list()) seen.push(client.id);
      };
      const error = await walk().catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).issues[0]?.path).toBe('results.0.id');
      expect(seen).toEqual([fx.client.id]);
    } finally {
      gateway.respondWith(pagedClients(() => gateway, 3));
    }
  });
});
