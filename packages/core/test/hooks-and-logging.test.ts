import { recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../src/index.js';
import { HttpClient, isAPIError, REDACTED } from '../src/index.node.js';

const KEY = 'sk_test_HOOKSECRET77';
const startServer = recordingServersPerTest();

function memoryLogger(): Logger & { lines: Array<{ level: string; message: string; data: unknown }> } {
  const lines: Array<{ level: string; message: string; data: unknown }> = [];
  const at = (level: string) => (message: string, data?: Record<string, unknown>) =>
    void lines.push({ level, message, data });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

describe('hooks', () => {
  it('hides a per-call Authorization header from onRequest too, and still sends it', async () => {
    let sent: string | undefined;
    const server = await startServer((request) => {
      sent = request.headers.authorization;
      return { status: 200, body: {} };
    });
    const seen: string[] = [];
    const client = new HttpClient({
      baseURL: server.origin,
      apiKey: KEY,
      hooks: { onRequest: (ctx) => void seen.push(JSON.stringify(ctx.headers)) },
    });
    await client.request(
      { method: 'GET', path: '/balance/' },
      { headers: { Authorization: 'Bearer sk_live_OTHERACCOUNT1' } },
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toMatch(/sk_live_OTHERACCOUNT1|authorization/i);
    expect(sent).toBe('Bearer sk_live_OTHERACCOUNT1');
  });

  it('calls onRequest per attempt without the auth header, lets it add headers, and reports responses, retries and the final error', async () => {
    const server = await startServer(() => ({ status: 503, body: { error: 'server_error' } }));
    const events: string[] = [];
    const client = new HttpClient({
      baseURL: server.origin,
      apiKey: KEY,
      maxRetries: 1,
      retry: { initialDelayMs: 1 },
      hooks: {
        onRequest: (ctx) => {
          events.push(`request#${ctx.attempt} auth=${'authorization' in ctx.headers}`);
          ctx.headers['x-trace-id'] = `t${ctx.attempt}`;
        },
        onResponse: (ctx) => void events.push(`response#${ctx.attempt} ${ctx.status}`),
        onRetry: (ctx) => void events.push(`retry#${ctx.attempt} ${ctx.error.code}`),
        onError: (ctx) => void events.push(`error attempts=${ctx.attempts} ${ctx.error.code}`),
      },
    });
    await expect(client.request({ method: 'POST', path: '/purchases/', body: {} })).rejects.toSatisfy(
      isAPIError,
    );
    expect(events).toEqual([
      'request#0 auth=false',
      'response#0 503',
      'retry#0 server_error',
      'request#1 auth=false',
      'response#1 503',
      'error attempts=2 server_error',
    ]);
    expect(server.requests.map((r) => r.headers['x-trace-id'])).toEqual(['t0', 't1']);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('logs a throwing hook at warn and completes the call anyway', async () => {
    const server = await startServer(() => ({ status: 200, body: { ok: true } }));
    const logger = memoryLogger();
    const client = new HttpClient({
      baseURL: server.origin,
      apiKey: KEY,
      logger,
      hooks: {
        onResponse: () => {
          throw new Error('metrics backend down');
        },
      },
    });
    await expect(client.request({ method: 'GET', path: '/x/' })).resolves.toEqual({ ok: true });
    expect(logger.lines).toEqual([
      {
        level: 'warn',
        message: '[ummah] hook onResponse threw; ignored',
        data: { error: 'metrics backend down' },
      },
    ]);
  });
});

describe('logging', () => {
  it('redacts the Authorization header, cookies, card data and recurring tokens at debug level', async () => {
    const server = await startServer(() => ({ status: 200, body: { ok: true } }));
    const logger = memoryLogger();
    const client = new HttpClient({ baseURL: server.origin, apiKey: KEY, logger, logLevel: 'debug' });
    await client.request(
      {
        method: 'POST',
        path: '/purchases/p_1/charge/',
        body: {
          recurring_token: 'tok_abc',
          card: { number: '4242424242424242', cvc: '123' },
          note: `key ${KEY}`,
          amount: 100,
        },
      },
      { headers: { Cookie: 'session=s3cr3t' } },
    );
    const text = JSON.stringify(logger.lines);
    for (const secret of [KEY, 'tok_abc', '4242424242424242', 's3cr3t']) expect(text).not.toContain(secret);
    const request = logger.lines.find((l) => l.message === '[ummah] request')?.data as {
      headers: Record<string, string>;
      body: Record<string, unknown>;
    };
    expect(request.headers.cookie).toBe(REDACTED);
    expect(request.body).toEqual({
      recurring_token: REDACTED,
      card: REDACTED,
      note: `key ${REDACTED}`,
      amount: 100,
    });
    expect(logger.lines.map((l) => l.message)).toEqual(['[ummah] request', '[ummah] response']);
  });

  it('logs nothing below the configured level (default warn) during a normal call', async () => {
    const server = await startServer((_request, _response, { attempt }) => ({
      status: attempt === 1 ? 500 : 200,
      body: {},
    }));
    const logger = memoryLogger();
    await new HttpClient({
      baseURL: server.origin,
      apiKey: KEY,
      logger,
      retry: { initialDelayMs: 1 },
    }).request({
      method: 'GET',
      path: '/x/',
    });
    expect(logger.lines).toEqual([]);
  });

  it('logs retries at info', async () => {
    const server = await startServer((_request, _response, { attempt }) => ({
      status: attempt === 1 ? 500 : 200,
      body: {},
    }));
    const logger = memoryLogger();
    await new HttpClient({
      baseURL: server.origin,
      apiKey: KEY,
      logger,
      logLevel: 'info',
      retry: { initialDelayMs: 1 },
    }).request({
      method: 'GET',
      path: '/x/',
    });
    expect(logger.lines.map((l) => [l.level, l.message])).toEqual([['info', '[ummah] retrying']]);
  });
});
