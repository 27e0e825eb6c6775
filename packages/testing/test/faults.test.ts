import { describe, expect, it } from 'vitest';
import type { MockExchange } from '../src/index';
import { call, purchaseBody, testGateway } from './support';

describe('fault injection', () => {
  it('reports injected faults to onResponse, marked, beside the real answers', async () => {
    const seen: MockExchange[] = [];
    const gateway = testGateway({ onResponse: (exchange) => void seen.push(exchange) });
    gateway.faults.next({ status: 503 });
    gateway.faults.next({ reset: true });
    gateway.faults.next({ reset: true, after: true, method: 'POST' });
    await call(gateway, 'GET', '/clients/');
    await expect(call(gateway, 'GET', '/clients/')).rejects.toThrow(TypeError);
    await expect(call(gateway, 'POST', '/clients/', { email: 'lost@example.com' })).rejects.toThrow(
      TypeError,
    );
    await call(gateway, 'GET', '/clients/');
    expect(seen.map(({ method, status, fault }) => [method, status, fault])).toEqual([
      ['GET', 503, 'status'],
      ['GET', 0, 'reset'],
      ['POST', 0, 'reset'],
      ['GET', 200, null],
    ]);
    // The reset after processing happened on a matched operation: the log can name it.
    expect(seen[2]?.operationId).toBe('clients.create');
  });

  it('answers the next request with an injected status and the gateway error body', async () => {
    const gateway = testGateway();
    gateway.faults.next({ status: 503 });
    const failed = await call(gateway, 'GET', '/clients/');
    expect(failed.status).toBe(503);
    expect(failed.body.error).toBe('service_unavailable');
    expect((await call(gateway, 'GET', '/clients/')).status).toBe(200);
  });

  it('sends injected headers such as Retry-After with a 429', async () => {
    const gateway = testGateway();
    gateway.faults.next({ status: 429, headers: { 'Retry-After': '2' } });
    const limited = await call(gateway, 'GET', '/clients/');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body.error).toBe('rate_limit_exceeded');
  });

  it('drops the connection: the in-process fetch rejects like a network error', async () => {
    const gateway = testGateway();
    gateway.faults.next({ reset: true });
    await expect(call(gateway, 'GET', '/clients/')).rejects.toThrow(TypeError);
    expect((await call(gateway, 'GET', '/clients/')).status).toBe(200);
  });

  it('applies a fault after processing, so the side effect happens but the response is lost', async () => {
    const gateway = testGateway();
    gateway.faults.next({ reset: true, after: true });
    await expect(call(gateway, 'POST', '/clients/', { email: 'lost@example.com' })).rejects.toThrow(
      'fetch failed',
    );
    const clients = await call<{ results: Array<{ email: string }> }>(gateway, 'GET', '/clients/');
    expect(clients.body.results.map((client) => client.email)).toEqual(['lost@example.com']);
  });

  it('matches faults by method and path, and repeats them `times` times', async () => {
    const gateway = testGateway();
    gateway.faults.next({ status: 500, method: 'POST', path: '/purchases/', times: 2 });
    expect((await call(gateway, 'GET', '/clients/')).status).toBe(200);
    expect((await call(gateway, 'POST', '/purchases/', purchaseBody())).status).toBe(500);
    expect((await call(gateway, 'POST', '/purchases/', purchaseBody())).status).toBe(500);
    expect(gateway.faults.pending).toBe(0);
    expect((await call(gateway, 'POST', '/purchases/', purchaseBody())).status).toBe(201);
  });

  it('delays a response and lets the caller abort while waiting', async () => {
    const gateway = testGateway();
    gateway.faults.next({ delayMs: 10_000 });
    const controller = new AbortController();
    const pending = gateway.fetch(`${gateway.baseURL}/clients/`, {
      headers: { authorization: 'Bearer sk_test_x' },
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('delays and then answers normally', async () => {
    const gateway = testGateway();
    gateway.faults.next({ delayMs: 20 });
    expect((await call(gateway, 'GET', '/clients/')).status).toBe(200);
  });

  it('rejects fault specs that do nothing or have impossible statuses', () => {
    const gateway = testGateway();
    expect(() => gateway.faults.next({})).toThrow(TypeError);
    expect(() => gateway.faults.next({ status: 42 })).toThrow(TypeError);
  });
});
