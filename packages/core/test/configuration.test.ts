import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, HttpClient, isConfigurationError } from '../src/index.js';

const baseURL = 'https://gate.example/api/v1';

describe('HttpClient construction', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses a missing key, naming the environment variable to set', () => {
    vi.stubEnv('UMMAH_SECRET_KEY', '');
    expect(() => new HttpClient({ baseURL, apiKeyEnvVar: 'UMMAH_SECRET_KEY' })).toThrow(
      'No API key: pass `apiKey` or set the UMMAH_SECRET_KEY environment variable.',
    );
    expect(() => new HttpClient({ baseURL, apiKey: '   ' })).toThrow(ConfigurationError);
  });

  it('reads the key from the environment variable when no apiKey is given', () => {
    vi.stubEnv('UMMAH_SECRET_KEY', 'sk_test_fromenv1');
    const client = new HttpClient({ baseURL, apiKeyEnvVar: 'UMMAH_SECRET_KEY' });
    expect(client.isTestMode).toBe(true);
  });

  it('refuses a key with whitespace or control characters without echoing it', () => {
    const key = 'sk_live_abc\r\nX-Injected: 1';
    const error = (() => {
      try {
        new HttpClient({ baseURL, apiKey: key });
      } catch (e) {
        return e;
      }
    })();
    expect(isConfigurationError(error)).toBe(true);
    expect(String((error as Error).message)).not.toContain('sk_live_abc');
  });

  it('applies the provider key rule, wrapping foreign errors and masking the key', () => {
    const rule = (key: string): void => {
      if (!/^sk_(test|live)_/.test(key)) throw new Error(`bad prefix in ${key}`);
    };
    const error = (() => {
      try {
        new HttpClient({ baseURL, apiKey: 'pk_live_secret99', validateApiKey: rule });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toBe('The API key from `apiKey` was refused: bad prefix in [REDACTED]');
  });

  it('exposes test mode for sk_test_ keys and live mode otherwise, overridable per provider', () => {
    expect(new HttpClient({ baseURL, apiKey: 'sk_test_1234' }).isTestMode).toBe(true);
    expect(new HttpClient({ baseURL, apiKey: 'sk_live_1234' }).isTestMode).toBe(false);
    expect(
      new HttpClient({ baseURL, apiKey: 'test_1234', isTestKey: (k) => k.startsWith('test_') }).isTestMode,
    ).toBe(true);
  });

  it('refuses a relative or non-http base URL and invalid numbers', () => {
    expect(() => new HttpClient({ baseURL: '/api', apiKey: 'sk_test_1234' })).toThrow(ConfigurationError);
    expect(() => new HttpClient({ baseURL: 'ftp://x', apiKey: 'sk_test_1234' })).toThrow(ConfigurationError);
    expect(() => new HttpClient({ baseURL, apiKey: 'sk_test_1234', timeout: 0 })).toThrow(ConfigurationError);
    expect(() => new HttpClient({ baseURL, apiKey: 'sk_test_1234', maxRetries: 1.5 })).toThrow(
      ConfigurationError,
    );
    expect(() => new HttpClient({ baseURL, apiKey: 'sk_test_1234', retry: { initialDelayMs: -1 } })).toThrow(
      ConfigurationError,
    );
  });

  it('never shows the key in util.inspect, JSON or enumerable properties of the client', () => {
    const key = 'sk_live_DO_NOT_LEAK_42';
    const client = new HttpClient({ baseURL: `${baseURL}/`, apiKey: key });
    expect(client.baseURL).toBe(baseURL);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(key);
    expect(JSON.stringify(client)).not.toContain(key);
    expect(JSON.stringify(Object.entries(client))).not.toContain(key);
  });
});

describe('per-request options', () => {
  it('refuses an invalid timeout or maxRetries before sending anything', async () => {
    let sent = 0;
    const client = new HttpClient({
      baseURL,
      apiKey: 'sk_test_1234',
      fetch: async () => {
        sent++;
        return new Response('{}');
      },
    });
    for (const options of [
      { timeout: Number.NaN },
      { timeout: -5 },
      { maxRetries: -1 },
      { maxRetries: 0.5 },
    ]) {
      await expect(client.request({ method: 'GET', path: '/x/' }, options)).rejects.toMatchObject({
        code: 'invalid_request',
      });
    }
    expect(sent).toBe(0);
  });
});

describe('version', () => {
  it('matches package.json, so the User-Agent reports the published version', async () => {
    const { VERSION } = await import('../src/index.js');
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
