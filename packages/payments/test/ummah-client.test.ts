import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import { referenceResponses as fx, type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import Ummah, {
  APIConnectionTimeoutError,
  APIUserAbortError,
  ConfigurationError,
  DEFAULT_BASE_URL,
  Ummah as NamedUmmah,
  NotFoundError,
  PaymentRequiredError,
  type Transport,
  type TransportRequest,
  VERSION,
} from '../src/index.js';

const KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

describe('new Ummah(key?, options?)', () => {
  beforeEach(() => {
    vi.stubEnv('UMMAH_SECRET_KEY', undefined);
    vi.stubEnv('UMMAH_BASE_URL', undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is the default export and the named export', () => {
    expect(Ummah).toBe(NamedUmmah);
  });

  it('talks to the documented production API root by default', () => {
    expect(new Ummah(KEY).baseURL).toBe('https://gate.ummah.com/api/v1');
    expect(DEFAULT_BASE_URL).toBe('https://gate.ummah.com/api/v1');
  });

  it('reads the key from UMMAH_SECRET_KEY when the argument is undefined, as in the quickstart', () => {
    vi.stubEnv('UMMAH_SECRET_KEY', KEY);
    expect(new Ummah(process.env.UMMAH_SECRET_KEY).isTestMode).toBe(true);
    expect(new Ummah().isTestMode).toBe(true);
  });

  it('refuses to start without any key, naming the variable to set', () => {
    expect(() => new Ummah()).toThrow(ConfigurationError);
    expect(() => new Ummah()).toThrow(/UMMAH_SECRET_KEY/);
  });

  it('treats a null key like an omitted one and refuses a key that is not a string', () => {
    vi.stubEnv('UMMAH_SECRET_KEY', KEY);
    expect(new Ummah(null as never).isTestMode).toBe(true);
    expect(() => new Ummah(42 as never)).toThrow(ConfigurationError);
  });

  it.each([
    ['a publishable key', 'pk_test_4eC39HqLyjWDarjtT1zdp7dc'],
    ['a bare prefix', 'sk_test_'],
    ['another provider key', 'plm_live_2f9a81c0'],
  ])('refuses %s at construction without repeating it', (_label, key) => {
    let caught: unknown;
    try {
      new Ummah(key);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as Error).message).toMatch(/sk_test_.*sk_live_/);
    if (key.length > 'sk_test_'.length) expect((caught as Error).message).not.toContain(key);
  });

  it('tells live keys from test keys', () => {
    expect(new Ummah('sk_live_abc').isTestMode).toBe(false);
    expect(new Ummah('sk_test_abc').isTestMode).toBe(true);
  });

  it('accepts the options object alone, key included', () => {
    const ummah = new Ummah({ apiKey: KEY, baseURL: 'http://127.0.0.1:1/api/v1' });
    expect(ummah.baseURL).toBe('http://127.0.0.1:1/api/v1');
  });

  it('takes the API root from UMMAH_BASE_URL when no baseURL is passed, and ignores it when empty', () => {
    vi.stubEnv('UMMAH_BASE_URL', 'http://127.0.0.1:4010/api/v1');
    expect(new Ummah(KEY).baseURL).toBe('http://127.0.0.1:4010/api/v1');
    expect(new Ummah(KEY, { baseURL: 'https://proxy.example/api/v1' }).baseURL).toBe(
      'https://proxy.example/api/v1',
    );
    vi.stubEnv('UMMAH_BASE_URL', ' ');
    expect(new Ummah(KEY).baseURL).toBe(DEFAULT_BASE_URL);
  });

  it('refuses malformed validation options at construction', () => {
    expect(() => new Ummah(KEY, { validateResponses: 'loud' as never })).toThrow(ConfigurationError);
    expect(() => new Ummah(KEY, { validateRequests: 'false' as never })).toThrow(ConfigurationError);
  });

  it('never shows the key in util.inspect, JSON or any resource', () => {
    const ummah = new Ummah(KEY);
    const views = [
      inspect(ummah, { depth: 10, showHidden: true }),
      JSON.stringify(ummah),
      inspect(ummah.purchases, { depth: 10, showHidden: true }),
      inspect(ummah.statements, { depth: 10, showHidden: true }),
      JSON.stringify(ummah.clients),
      String(ummah),
    ];
    for (const view of views) expect(view).not.toContain(KEY);
  });

  it('keeps VERSION equal to the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('calls through core', () => {
  let gateway: RecordingServer;

  beforeAll(async () => {
    gateway = await startRecordingServer({ basePath: '/api/v1' });
  });
  beforeEach(() => {
    gateway.requests.length = 0;
  });
  afterAll(() => gateway.close());

  it('identifies itself as ummah-node with its version', async () => {
    gateway.respondWith(() => ({ body: fx.paidPurchase }));
    await new Ummah(KEY, { baseURL: gateway.baseURL }).purchases.retrieve('pur_1');
    expect(gateway.requests[0]?.headers['user-agent']).toMatch(new RegExp(`^ummah-node/${VERSION}\\b`));
  });

  it('passes per-call options to core: idempotency key and extra headers', async () => {
    gateway.respondWith(() => ({ body: fx.paidPurchase }));
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL });
    await ummah.purchases.capture(
      'pur_1',
      { amount: 100 },
      { idempotencyKey: 'order-1001-capture', headers: { 'X-Trace': 't1' } },
    );
    expect(gateway.requests[0]?.headers['idempotency-key']).toBe('order-1001-capture');
    expect(gateway.requests[0]?.headers['x-trace']).toBe('t1');
  });

  it('retries a 500 with the same idempotency key, as configured by maxRetries', async () => {
    let calls = 0;
    gateway.respondWith(() => {
      calls += 1;
      return calls === 1 ? { status: 500, body: { error: 'server_error' } } : { body: fx.paidPurchase };
    });
    const ummah = new Ummah(KEY, {
      baseURL: gateway.baseURL,
      maxRetries: 1,
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(ummah.purchases.capture('pur_1', { amount: 2999 })).resolves.toEqual(fx.paidPurchase);
    expect(gateway.requests).toHaveLength(2);
    expect(gateway.requests[1]?.headers['idempotency-key']).toBe(
      gateway.requests[0]?.headers['idempotency-key'],
    );
  });

  it('calls the hooks and sends the default headers it was given', async () => {
    gateway.respondWith(() => ({ body: fx.client }));
    const seen: string[] = [];
    const ummah = new Ummah(KEY, {
      baseURL: gateway.baseURL,
      defaultHeaders: { 'X-Shop': 'demo' },
      hooks: { onRequest: ({ method, url }) => void seen.push(`${method} ${new URL(url).pathname}`) },
    });
    await ummah.clients.retrieve('cli_1');
    expect(seen).toEqual(['GET /api/v1/clients/cli_1/']);
    expect(gateway.requests[0]?.headers['x-shop']).toBe('demo');
  });

  it('rejects with NotFoundError and the gateway message for a documented 404', async () => {
    gateway.respondWith(() => ({
      status: 404,
      body: { error: 'Not Found', detail: 'Object with this ID does not exist.' },
    }));
    const error = await new Ummah(KEY, { baseURL: gateway.baseURL }).purchases
      .retrieve('nope')
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toContain('Object with this ID does not exist.');
  });

  it('rejects a declined card with PaymentRequiredError and its decline code', async () => {
    gateway.respondWith(() => ({
      status: 402,
      body: {
        error: 'card_declined',
        message: 'The card was declined by the issuing bank.',
        details: { decline_code: 'insufficient_funds', param: 'payment_method' },
      },
    }));
    const error = await new Ummah(KEY, { baseURL: gateway.baseURL, maxRetries: 0 }).purchases
      .charge('pur_1', { recurring_token: 'pur_saved' })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect((error as PaymentRequiredError).code).toBe('card_declined');
    expect((error as PaymentRequiredError).declineCode).toBe('insufficient_funds');
  });

  it('stops a call when its signal aborts', async () => {
    gateway.respondWith(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = new Ummah(KEY, { baseURL: gateway.baseURL }).clients.retrieve('cli_1', {
      signal: controller.signal,
    });
    while (gateway.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('sends through a custom transport when one is given, with no network involved', async () => {
    const seen: TransportRequest[] = [];
    const transport: Transport = {
      async request(request) {
        seen.push(request);
        return {
          status: 200,
          headers: new Headers({ 'content-type': 'application/json' }),
          text: async () => JSON.stringify(fx.client),
          cancel: async () => undefined,
        };
      },
    };
    const ummah = new Ummah(KEY, { transport });
    await expect(ummah.clients.update('cli_1', { full_name: 'Updated Name' })).resolves.toEqual(fx.client);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('PATCH');
    expect(seen[0]?.url).toBe('https://gate.ummah.com/api/v1/clients/cli_1/');
    expect(seen[0]?.body).toBe(JSON.stringify({ full_name: 'Updated Name' }));
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('gives up with APIConnectionTimeoutError after the configured timeout', async () => {
    gateway.respondWith(() => new Promise(() => undefined));
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, timeout: 50, maxRetries: 0 });
    await expect(ummah.balance.retrieve()).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('exposes the raw response and request id through withResponse()', async () => {
    gateway.respondWith(() => ({ body: fx.client, headers: { 'x-request-id': 'req_123' } }));
    const { data, response, requestId } = await new Ummah(KEY, { baseURL: gateway.baseURL }).clients
      .retrieve('cli_1')
      .withResponse();
    expect(data).toEqual(fx.client);
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_123');
  });
});
