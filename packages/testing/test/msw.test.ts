import type { CompanyStatement, Purchase } from '@ummah/schema/ummah/types';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY, purchaseBody, testGateway } from './support';

const gateway = testGateway();
const server = setupServer(...gateway.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

describe('msw handlers', () => {
  it('answers the global fetch from the mock, sharing state with simulate', async () => {
    const created = await fetch(`${gateway.baseURL}/purchases/`, {
      method: 'POST',
      headers,
      body: JSON.stringify(purchaseBody()),
    });
    expect(created.status).toBe(201);
    const purchase = (await created.json()) as Purchase;
    await gateway.simulate.checkout(purchase.id);
    const fetched = await fetch(`${gateway.baseURL}/purchases/${purchase.id}/`, { headers });
    expect(((await fetched.json()) as Purchase).status).toBe('paid');
  });

  it('turns an injected reset into a network error', async () => {
    gateway.faults.next({ reset: true });
    await expect(fetch(`${gateway.baseURL}/clients/`, { headers })).rejects.toThrow(TypeError);
  });

  it('serves statement downloads on the same origin', async () => {
    const created = await fetch(`${gateway.baseURL}/company_statements/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ format: 'csv' }),
    });
    const { id } = (await created.json()) as CompanyStatement;
    const ready = (await (
      await fetch(`${gateway.baseURL}/company_statements/${id}/`, { headers })
    ).json()) as CompanyStatement;
    const file = await fetch(ready.download_url!);
    expect((await file.text()).startsWith('purchase_id,')).toBe(true);
  });
});
