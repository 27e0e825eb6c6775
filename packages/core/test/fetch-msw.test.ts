import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionError, HttpClient, NotFoundError } from '../src/index.js';

const BASE = 'https://gate.test/api/v1';
const mock = setupServer();
beforeAll(() => mock.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.resetHandlers());
afterAll(() => mock.close());

const client = (): HttpClient =>
  new HttpClient({ baseURL: BASE, apiKey: 'sk_test_msw12345', retry: { initialDelayMs: 1 } });

describe('fetch transport under msw', () => {
  it('retries a 503 with the same idempotency key and returns the created object', async () => {
    const keys: Array<string | null> = [];
    mock.use(
      http.post(`${BASE}/purchases/`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json({ id: 'p_1' }, { status: 201 });
      }),
    );
    await expect(client().request({ method: 'POST', path: '/purchases/', body: {} })).resolves.toEqual({
      id: 'p_1',
    });
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
  });

  it('maps a 404 body to NotFoundError', async () => {
    mock.use(
      http.get(`${BASE}/purchases/p_x/`, () =>
        HttpResponse.json(
          { error: 'Not Found', detail: 'Object with this ID does not exist.' },
          { status: 404 },
        ),
      ),
    );
    await expect(client().request({ method: 'GET', path: '/purchases/p_x/' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('retries a network error and reports APIConnectionError when it persists', async () => {
    let calls = 0;
    mock.use(
      http.get(`${BASE}/balance/`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    await expect(client().request({ method: 'GET', path: '/balance/' })).rejects.toBeInstanceOf(
      APIConnectionError,
    );
    expect(calls).toBe(3);
  });
});
