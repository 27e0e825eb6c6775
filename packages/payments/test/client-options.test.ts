import util from 'node:util';
import { referenceResponses as fx, type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, InvalidRequestError, Ummah } from '../src/index.js';

// withOptions, UMMAH_LOG, appInfo and a per-call apiKey, as a merchant's app uses them.

const KEY = 'sk_test_options_0001';
const OTHER = 'sk_test_options_0002';

let gateway: RecordingServer;
beforeAll(async () => {
  gateway = await startRecordingServer({ basePath: '/api/v1', handler: () => ({ body: fx.purchase }) });
});
beforeEach(() => {
  gateway.requests.length = 0;
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => gateway.close());

describe('Ummah options', () => {
  it('withOptions() derives a client with overrides and leaves the original unchanged', async () => {
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, maxRetries: 2 });
    const other = ummah.withOptions({ apiKey: OTHER, maxRetries: 0 });
    expect(other).toBeInstanceOf(Ummah);
    expect(other).not.toBe(ummah);
    gateway.respondWith((_request, _response, { attempt }) =>
      attempt === 1 ? { status: 503, body: {} } : { body: fx.purchase },
    );
    await expect(other.purchases.retrieve('pur_1')).rejects.toMatchObject({ status: 503 });
    expect(gateway.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${OTHER}`]);
    gateway.requests.length = 0;
    await ummah.purchases.retrieve('pur_1');
    expect(gateway.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    expect(util.inspect(other)).not.toContain(OTHER);
    expect(JSON.stringify(other)).not.toContain(OTHER);
    gateway.respondWith(() => ({ body: fx.purchase }));
  });

  it('takes the log level from UMMAH_LOG when the option is absent, and refuses an unknown one', async () => {
    vi.stubEnv('UMMAH_LOG', 'debug');
    const lines: string[] = [];
    const logger = {
      debug: (m: string, d?: unknown) => void lines.push(`${m} ${JSON.stringify(d)}`),
      info() {},
      warn() {},
      error() {},
    };
    await new Ummah(KEY, { baseURL: gateway.baseURL, logger }).purchases.retrieve('pur_1');
    expect(lines.some((line) => line.startsWith('[ummah] request'))).toBe(true);
    expect(lines.join('\n')).not.toContain(KEY);

    lines.length = 0;
    await new Ummah(KEY, { baseURL: gateway.baseURL, logger, logLevel: 'warn' }).purchases.retrieve('pur_1');
    expect(lines).toEqual([]);

    vi.stubEnv('UMMAH_LOG', 'loud');
    expect(() => new Ummah(KEY, { baseURL: gateway.baseURL })).toThrow(ConfigurationError);
  });

  it('names the merchant’s app in the User-Agent with appInfo', async () => {
    await new Ummah(KEY, {
      baseURL: gateway.baseURL,
      appInfo: { name: 'MyShop', version: '2.1.0' },
    }).purchases.retrieve('pur_1');
    expect(gateway.requests[0]?.headers['user-agent']).toMatch(/^ummah-node\/\S+ \(\S+\) MyShop\/2\.1\.0$/);
  });

  it('sends a per-call apiKey, refusing one that is not a secret key before sending', async () => {
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL });
    await ummah.purchases.retrieve('pur_1', { apiKey: OTHER });
    expect(gateway.requests[0]?.headers.authorization).toBe(`Bearer ${OTHER}`);
    gateway.requests.length = 0;
    const error = await ummah.purchases
      .retrieve('pur_1', { apiKey: 'pk_live_publishable' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).not.toContain('pk_live_publishable');
    expect(gateway.requests).toHaveLength(0);
  });
});
