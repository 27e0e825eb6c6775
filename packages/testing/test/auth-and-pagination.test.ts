import type { Client } from '@ummah/schema/ummah/types';
import { describe, expect, it } from 'vitest';
import { call, testGateway } from './support';

interface Page {
  results: Client[];
  next: string | null;
  previous: string | null;
}

describe('authentication', () => {
  it('answers 401 invalid_api_key without credentials', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'GET', '/clients/', undefined, { authorization: '' });
    expect(result.status).toBe(401);
    expect(result.body.error).toBe('invalid_api_key');
  });

  it('refuses live keys and never echoes the key', async () => {
    const gateway = testGateway();
    const secret = 'sk_live_do_not_leak_123';
    const result = await call(gateway, 'GET', '/clients/', undefined, { authorization: `Bearer ${secret}` });
    expect(result.status).toBe(401);
    expect(JSON.stringify(result.body)).not.toContain(secret);
  });

  it('accepts only the configured keys when apiKeys is set', async () => {
    const gateway = testGateway({ apiKeys: ['sk_test_allowed'] });
    expect((await call(gateway, 'GET', '/clients/')).status).toBe(401);
    const allowed = await call(gateway, 'GET', '/clients/', undefined, {
      authorization: 'Bearer sk_test_allowed',
    });
    expect(allowed.status).toBe(200);
  });

  it('answers 405 for a known path with an unsupported method', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'DELETE', '/purchases/');
    expect(result.status).toBe(405);
  });
});

describe('pagination', () => {
  it('pages lists newest first with absolute next and previous links', async () => {
    const gateway = testGateway({ pageSize: 2 });
    for (const n of [1, 2, 3, 4, 5]) {
      await call(gateway, 'POST', '/clients/', { email: `c${n}@example.com` });
    }
    const first = await call<Page>(gateway, 'GET', '/clients/');
    expect(first.body.results.map((client) => client.email)).toEqual(['c5@example.com', 'c4@example.com']);
    expect(first.body.previous).toBeNull();
    expect(first.body.next).toBe(`${gateway.baseURL}/clients/?page=2`);
    const seen: string[] = [];
    let url: string | null = `${gateway.baseURL}/clients/`;
    while (url) {
      const page: { body: Page } = await call<Page>(gateway, 'GET', url);
      seen.push(...page.body.results.map((client) => client.email ?? ''));
      url = page.body.next;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const last = await call<Page>(gateway, 'GET', '/clients/?page=3');
    expect(last.body.next).toBeNull();
    expect(last.body.previous).toBe(`${gateway.baseURL}/clients/?page=2`);
  });

  it('honours limit and answers 404 past the last page', async () => {
    const gateway = testGateway();
    for (const n of [1, 2, 3]) await call(gateway, 'POST', '/clients/', { email: `c${n}@example.com` });
    const limited = await call<Page>(gateway, 'GET', '/clients/?limit=1&page=2');
    expect(limited.body.results).toHaveLength(1);
    expect(limited.body.next).toContain('page=3');
    const beyond = await call(gateway, 'GET', '/clients/?page=9');
    expect(beyond.status).toBe(404);
    expect(beyond.body.detail).toBe('Invalid page.');
  });
});
