import { recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ConfigurationError,
  InvalidRequestError,
} from '../../src/index.js';
import { type ClientFactory, clientOnServer, KEY } from './transport-client.js';

/**
 * Defects an adversarial review found, shared by the undici and the fetch transport tests: each
 * case runs against real local servers.
 */
export function reviewedDefects(create: ClientFactory): void {
  const startServer = recordingServersPerTest();
  const clientFor = clientOnServer(create);

  describe('redirects', () => {
    it('turns a cross-origin 307 into an APIError without following it or retrying', async () => {
      const foreign = await startServer(() => ({ body: { checkout_url: 'https://evil.example/pay' } }));
      const server = await startServer(() => ({
        status: 307,
        headers: { location: `${foreign.origin}/steal` },
      }));
      const error = await clientFor(server)
        .request({ method: 'POST', path: '/purchases/', body: { amount: 100 } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).status).toBe(307);
      expect(server.requests).toHaveLength(1);
      expect(foreign.requests).toHaveLength(0);
    });

    it('does not retry a redirect even with x-should-retry: true', async () => {
      const server = await startServer(() => ({
        status: 302,
        headers: { location: '/elsewhere', 'x-should-retry': 'true' },
      }));
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/purchases/' })
        .catch((e: unknown) => e);
      expect((error as APIError).status).toBe(302);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('402', () => {
    it('never retries a 402, even when the server says x-should-retry: true', async () => {
      const server = await startServer(() => ({
        status: 402,
        headers: { 'x-should-retry': 'true' },
        body: { error: 'card_declined' },
      }));
      await expect(
        clientFor(server).request({ method: 'POST', path: '/purchases/', body: {} }),
      ).rejects.toBeInstanceOf(APIError);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('the API key never leaks from a response', () => {
    it('masks the key in the excerpt of a 2xx non-JSON body', async () => {
      const server = await startServer(() => ({
        raw: `<html>debug: ${KEY} </html>`,
        headers: { 'content-type': 'text/html', 'x-echo': `Bearer ${KEY}` },
      }));
      const error = (await clientFor(server)
        .request({ method: 'GET', path: '/purchases/p_1/' })
        .catch((e: unknown) => e)) as APIError;
      expect(error.code).toBe('invalid_response');
      expect(JSON.stringify(error.body)).not.toContain(KEY.slice(0, 8));
      expect(error.headers?.get('x-echo')).not.toContain(KEY);
    });

    it('masks the key before cutting a long error message, so no part of it survives', async () => {
      // The key straddles the 500-character limit of the message.
      const server = await startServer(() => ({
        status: 400,
        body: { message: `${'x'.repeat(490)}${KEY}` },
      }));
      const error = (await clientFor(server)
        .request({ method: 'GET', path: '/purchases/' })
        .catch((e: unknown) => e)) as APIError;
      expect(error.message).not.toContain(KEY.slice(0, 8));
    });

    it('masks the key in the response headers a hook sees', async () => {
      const server = await startServer(() => ({ body: { id: 'p_1' }, headers: { 'x-echo': KEY } }));
      const seen: string[] = [];
      await clientFor(server, {
        hooks: { onResponse: ({ headers }) => void seen.push(headers.get('x-echo') ?? '') },
      }).request({ method: 'GET', path: '/purchases/p_1/' });
      expect(seen).toHaveLength(1);
      expect(seen[0]).not.toContain(KEY);
    });
  });

  describe('a JSON call never resolves without JSON', () => {
    for (const [name, reply] of [
      ['text/plain', { raw: 'ok', headers: { 'content-type': 'text/plain' } }],
      ['empty 200', { raw: '' }],
      ['204', { status: 204 }],
    ] as const) {
      it(`rejects a ${name} answer with invalid_response, keeping the idempotency key`, async () => {
        const server = await startServer(() => reply);
        const error = (await clientFor(server)
          .request({ method: 'POST', path: '/purchases/', body: {} }, { idempotencyKey: 'order-7' })
          .catch((e: unknown) => e)) as APIError;
        expect(error).toBeInstanceOf(APIError);
        expect(error.code).toBe('invalid_response');
        expect(error.idempotencyKey).toBe('order-7');
      });
    }

    it("resolves an operation declared to return nothing ('none') with undefined", async () => {
      const server = await startServer(() => ({ status: 204 }));
      const data = await clientFor(server).request({
        method: 'DELETE',
        path: '/clients/c_1/',
        responseType: 'none',
      });
      expect(data).toBeUndefined();
    });

    it("resolves an operation declared to return text ('text') with the text", async () => {
      const server = await startServer(() => ({ raw: 'hello', headers: { 'content-type': 'text/plain' } }));
      const data = await clientFor(server).request({ method: 'GET', path: '/x/', responseType: 'text' });
      expect(data).toBe('hello');
    });
  });

  describe('refusals before sending', () => {
    const bad: [string, Record<string, unknown>][] = [
      ['a header with CR/LF', { headers: { 'x-note': 'a\r\nx-injected: 1' } }],
      ['a header above U+00FF', { headers: { 'x-note': 'naïve ☃' } }],
      ['an idempotency key with LF', { idempotencyKey: 'k\n1' }],
      ['an idempotency key above U+00FF', { idempotencyKey: 'ключ' }],
      ['an empty idempotency key', { idempotencyKey: '' }],
      ['headers: null', { headers: null }],
      ['a signal that is not an AbortSignal', { signal: { aborted: 'no' } }],
    ];
    for (const [name, options] of bad) {
      it(`refuses ${name} with InvalidRequestError and sends nothing`, async () => {
        const server = await startServer(() => ({ body: {} }));
        const error = await clientFor(server)
          .request({ method: 'POST', path: '/purchases/', body: {} }, options as never)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidRequestError);
        expect(server.requests).toHaveLength(0);
      });
    }

    it('refuses null options with InvalidRequestError and sends nothing', async () => {
      const server = await startServer(() => ({ body: {} }));
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/purchases/' }, null as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect(server.requests).toHaveLength(0);
    });

    it('refuses an Idempotency-Key in defaultHeaders at construction', async () => {
      const server = await startServer(() => ({ body: {} }));
      expect(() => clientFor(server, { defaultHeaders: { 'Idempotency-Key': 'shared' } })).toThrow(
        ConfigurationError,
      );
    });

    it('keeps the idempotency key fixed when a hook tries to change it between attempts', async () => {
      const server = await startServer((_q, _r, { attempt }) => ({
        status: attempt === 1 ? 503 : 200,
        body: {},
      }));
      await clientFor(server, {
        hooks: {
          onRequest: ({ headers, attempt }) => {
            headers['idempotency-key'] = `hook-${attempt}`;
          },
        },
      }).request({ method: 'POST', path: '/purchases/', body: {} }, { idempotencyKey: 'order-9' });
      expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['order-9', 'order-9']);
    });
  });

  describe('hooks stay within the deadline', () => {
    const never = (): Promise<void> => new Promise<void>(() => undefined);
    for (const hook of ['onRequest', 'onResponse', 'onRetry', 'onError'] as const) {
      it(`a ${hook} hook that never settles cannot keep the call past its timeout`, async () => {
        const server = await startServer((_q, _r, { attempt }) =>
          hook === 'onRetry' && attempt === 1
            ? { status: 503, body: {} }
            : hook === 'onError'
              ? { status: 400, body: {} }
              : { body: {} },
        );
        const started = Date.now();
        const outcome = await clientFor(server, { timeout: 300, hooks: { [hook]: never } })
          .request({ method: 'GET', path: '/purchases/' })
          .then(
            () => 'resolved',
            (e: unknown) => e,
          );
        expect(Date.now() - started).toBeLessThan(2_000);
        if (hook === 'onError') expect(outcome).toBeInstanceOf(APIError);
        else expect(outcome).toBeInstanceOf(APIConnectionTimeoutError);
      });
    }

    it("a stuck hook gives way to the caller's signal", async () => {
      const server = await startServer(() => ({ body: {} }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const outcome = await clientFor(server, { timeout: 60_000, hooks: { onRequest: never } })
        .request({ method: 'GET', path: '/purchases/' }, { signal: controller.signal })
        .catch((e: unknown) => e);
      expect(outcome).toBeInstanceOf(APIUserAbortError);
    });
  });
}
