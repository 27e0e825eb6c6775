import { type RecordingServer, recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, InvalidRequestError, type Page } from '../src/index.js';
import { HttpClient } from '../src/index.node.js';

// The options merchants reach for from other SDKs: a key per call, their app in the User-Agent,
// the raw response, a bounded toArray, and a header that tells a retry from a new request.

const KEY = 'sk_test_client_key_0001';
const TENANT_KEY = 'sk_test_tenant_key_0002';

describe('options merchants expect', () => {
  const startServer = recordingServersPerTest();
  const clientFor = (
    server: RecordingServer,
    config: Partial<ConstructorParameters<typeof HttpClient>[0]> = {},
  ) =>
    new HttpClient({
      baseURL: `${server.origin}/api/v1`,
      apiKey: KEY,
      retry: { initialDelayMs: 1, maxDelayMs: 2 },
      ...config,
    });

  it('sends a per-call apiKey instead of the client’s, and masks it in errors like the client’s', async () => {
    const server = await startServer((request) =>
      request.path.endsWith('/fail/')
        ? { status: 400, body: { message: `bad key ${TENANT_KEY}` } }
        : { body: { ok: true } },
    );
    const client = clientFor(server);
    await client.request({ method: 'GET', path: '/x/' }, { apiKey: TENANT_KEY });
    await client.request({ method: 'GET', path: '/x/' });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${TENANT_KEY}`,
      `Bearer ${KEY}`,
    ]);
    const error = await client
      .request({ method: 'GET', path: '/fail/' }, { apiKey: TENANT_KEY })
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain(TENANT_KEY);
    expect(String((error as Error).message)).not.toContain(TENANT_KEY);
  });

  it('checks a per-call apiKey with the provider’s rule and refuses a bad one before sending', async () => {
    const server = await startServer(() => ({ body: { ok: true } }));
    const client = clientFor(server, {
      validateApiKey: (key) => {
        if (!key.startsWith('sk_')) throw new Error(`not a secret key: ${key}`);
      },
    });
    for (const bad of ['pk_live_nope', '', 'sk_test with space', 42]) {
      const error = await client
        .request({ method: 'GET', path: '/x/' }, { apiKey: bad as string })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as InvalidRequestError).issues[0]?.path).toBe('options.apiKey');
      if (typeof bad === 'string' && bad.length > 0) expect((error as Error).message).not.toContain(bad);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('never sends a per-call key to another origin', async () => {
    const api = await startServer(() => ({ body: { ok: true } }));
    const elsewhere = await startServer(() => ({ body: { ok: true } }));
    await clientFor(api).request({ method: 'GET', path: `${elsewhere.origin}/file` }, { apiKey: TENANT_KEY });
    expect(elsewhere.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('appends appInfo to the User-Agent and refuses one that would break the header', async () => {
    const server = await startServer(() => ({ body: { ok: true } }));
    await clientFor(server, {
      appInfo: { name: 'MyShop', version: '2.1.0', url: 'https://myshop.example' },
    }).request({
      method: 'GET',
      path: '/x/',
    });
    expect(server.requests[0]?.headers['user-agent']).toMatch(
      /^ummah-core\/\S+ \(\S+\) MyShop\/2\.1\.0 \(\+https:\/\/myshop\.example\)$/,
    );
    expect(() => clientFor(server, { appInfo: { name: 'My Shop' } })).toThrow(ConfigurationError);
    expect(() => clientFor(server, { appInfo: { name: 'Shop', version: '1\r\nX: y' } })).toThrow(
      ConfigurationError,
    );
  });

  it('numbers retries in x-retry-count and leaves the first attempt without it', async () => {
    const server = await startServer((_request, _response, { attempt }) =>
      attempt < 3 ? { status: 503, body: {} } : { body: { ok: true } },
    );
    await clientFor(server).request({ method: 'POST', path: '/purchases/', body: { a: 1 } });
    expect(server.requests.map((r) => r.headers['x-retry-count'])).toEqual([undefined, '1', '2']);
    const keys = new Set(server.requests.map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(1);
  });

  it('asResponse() gives the raw response as a Web Response, body exactly as received, sent once', async () => {
    const raw = '{"id":"pur_1",  "unknown_field":[1,2,3]}';
    const server = await startServer(() => ({
      raw,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req_42' },
    }));
    const call = clientFor(server).request({ method: 'GET', path: '/purchases/pur_1/' });
    const response = await call.asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req_42');
    expect(await response.text()).toBe(raw);
    expect(await call).toEqual({ id: 'pur_1', unknown_field: [1, 2, 3] });
    expect(server.requests).toHaveLength(1);
  });

  it('asResponse() rejects as the call does', async () => {
    const server = await startServer(() => ({ status: 404, body: { message: 'no such purchase' } }));
    await expect(
      clientFor(server).request({ method: 'GET', path: '/purchases/x/' }).asResponse(),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('toArray({ limit }) collects across pages and requests no page past the last item needed', async () => {
    const server = await startServer((request) => {
      const page = Number(request.query.get('page') ?? '1');
      const results = Array.from({ length: 3 }, (_, i) => ({ n: (page - 1) * 3 + i }));
      const next = page < 10 ? `${server.origin}/api/v1/items/?page=${page + 1}` : null;
      return { body: { results, next, previous: null } };
    });
    const client = clientFor(server);
    const list = () => client.requestPage<{ n: number }>({ method: 'GET', path: '/items/' });
    expect((await list().toArray({ limit: 5 })).map((item) => item.n)).toEqual([0, 1, 2, 3, 4]);
    expect(server.requests).toHaveLength(2);
    server.requests.length = 0;
    expect(await list().toArray({ limit: 1000 })).toHaveLength(30);
    expect(server.requests).toHaveLength(10);
    await expect(list().toArray({ limit: -1 })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(list().toArray(undefined as unknown as { limit: number })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    const first: Page<{ n: number }> = await list();
    expect(first.results).toHaveLength(3);
  });
});
