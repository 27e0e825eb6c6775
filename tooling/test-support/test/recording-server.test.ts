import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { recordingServersPerTest } from '../src/index.js';

const startServer = recordingServersPerTest();

describe('the recording server', () => {
  it('listens on 127.0.0.1 and records method, path, query, headers and body of every request', async () => {
    const server = await startServer({
      basePath: '/api/v1',
      handler: () => ({ status: 201, body: { id: 'c_1' } }),
    });
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.baseURL).toBe(`${server.origin}/api/v1`);
    const response = await fetch(`${server.baseURL}/clients/?page=2&page=3`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1' },
      body: '{"email":"a@b.c"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ id: 'c_1' });
    const [recorded] = server.requests;
    expect(server.requests).toHaveLength(1);
    expect(recorded?.method).toBe('POST');
    expect(recorded?.url).toBe('/api/v1/clients/?page=2&page=3');
    expect(recorded?.path).toBe('/api/v1/clients/');
    expect(recorded?.query.getAll('page')).toEqual(['2', '3']);
    expect(recorded?.headers['idempotency-key']).toBe('k-1');
    expect(recorded?.rawBody).toBe('{"email":"a@b.c"}');
    expect(recorded?.body).toEqual({ email: 'a@b.c' });
  });

  it('keeps a body that is not JSON as text, and no body as an empty raw body', async () => {
    const server = await startServer(() => ({ status: 204 }));
    await fetch(server.origin, { method: 'POST', body: 'a=1' });
    await fetch(server.origin);
    expect(server.requests.map((r) => [r.rawBody, r.body])).toEqual([
      ['a=1', 'a=1'],
      ['', undefined],
    ]);
  });

  it('sends a raw reply as given, with its headers', async () => {
    const server = await startServer(() => ({
      status: 502,
      raw: '<h1>down</h1>',
      headers: { 'content-type': 'text/html' },
    }));
    const response = await fetch(server.origin);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<h1>down</h1>');
  });

  it('counts attempts from 1 and lets a handler answer asynchronously', async () => {
    const server = await startServer(async (_request, _response, { attempt }) => ({ body: { attempt } }));
    expect(await (await fetch(server.origin)).json()).toEqual({ attempt: 1 });
    expect(await (await fetch(server.origin)).json()).toEqual({ attempt: 2 });
  });

  it('answers with the handler set by respondWith, and 500 before any is set', async () => {
    const server = await startServer();
    expect((await fetch(server.origin)).status).toBe(500);
    server.respondWith(() => ({ body: 'ok' }));
    expect(await (await fetch(server.origin)).json()).toBe('ok');
  });

  it('answers 500 with the error of a handler that throws', async () => {
    const server = await startServer(() => {
      throw new Error('no such fixture');
    });
    const response = await fetch(server.origin);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Error: no such fixture');
  });

  it('lets a handler write the response itself', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('id\n');
      response.end('1\n');
    });
    expect(await (await fetch(server.origin)).text()).toBe('id\n1\n');
  });

  it('drops the connection when the handler destroys the socket', async () => {
    const server = await startServer((_request, response) => void response.socket?.destroy());
    await expect(fetch(server.origin)).rejects.toThrow();
  });

  it('ends a request it never answers when it closes', async () => {
    const server = await startServer(() => undefined);
    const ended = new Promise<string>((resolve) => {
      request(server.origin, (response) => resolve(`answered ${response.statusCode}`))
        .on('error', (error) => resolve(error.message))
        .end();
    });
    await expect.poll(() => server.requests.length).toBe(1);
    await server.close();
    expect(await ended).toBe('socket hang up');
  });
});
