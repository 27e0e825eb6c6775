import { inspect } from 'node:util';
import { freePort, recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import { HttpClient, isUmmahError } from '../src/index.node.js';

const KEY = 'sk_live_9f8e7d6c5b4a3928LEAKCHECK';
const startServer = recordingServersPerTest();

/** Every rendering of an error an app might log. */
function renderings(error: unknown): string {
  const e = error as Error;
  return [
    String(e),
    e.message,
    e.stack ?? '',
    JSON.stringify(e),
    inspect(e, { depth: null, showHidden: true }),
    inspect((e as { cause?: unknown }).cause, { depth: 4, showHidden: true }),
  ].join('\n');
}

describe('secrets in errors', () => {
  it('keeps the key out of API errors even when the gateway echoes it in the body and a header', async () => {
    const server = await startServer(() => ({
      status: 401,
      body: { error: 'invalid_api_key', message: `The key ${KEY} is revoked`, details: { key: [KEY] } },
      headers: {
        'x-echo': KEY,
      },
    }));
    const client = new HttpClient({ baseURL: server.origin, apiKey: KEY });
    const error = await client.request({ method: 'GET', path: '/x/' }).catch((e: unknown) => e);
    expect(isUmmahError(error)).toBe(true);
    expect(renderings(error)).not.toContain(KEY);
  });

  it('keeps the key out of connection, timeout and abort errors', async () => {
    const port = await freePort();
    const server = await startServer(() => undefined);
    const refused = new HttpClient({ baseURL: `http://127.0.0.1:${port}`, apiKey: KEY, maxRetries: 0 });
    const hung = new HttpClient({ baseURL: server.origin, apiKey: KEY, timeout: 100 });
    const errors = await Promise.all([
      refused.request({ method: 'POST', path: '/x/', body: { a: 1 } }).catch((e: unknown) => e),
      hung.request({ method: 'GET', path: '/x/' }).catch((e: unknown) => e),
      hung.request({ method: 'GET', path: '/x/' }, { signal: AbortSignal.abort() }).catch((e: unknown) => e),
    ]);
    expect(errors.map((e) => (e as { code: string }).code)).toEqual([
      'connection_error',
      'timeout',
      'aborted',
    ]);
    for (const error of errors) expect(renderings(error)).not.toContain(KEY);
  });
});
