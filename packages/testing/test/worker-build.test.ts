import { describe, expect, it } from 'vitest';
import * as defaultBuild from '../src/index';
import * as workerBuild from '../src/index.worker';

describe('the Workers build of @ummah/testing', () => {
  it('exports the same names as the default build', () => {
    expect(Object.keys(workerBuild).sort()).toEqual(Object.keys(defaultBuild).sort());
  });

  it('serves the in-process fetch like the default build', async () => {
    const gateway = workerBuild.createMockGateway();
    const response = await gateway.fetch(`${gateway.baseURL}/balance/`, {
      headers: { authorization: 'Bearer sk_test_worker' },
    });
    expect(response.status).toBe(200);
    gateway.close();
  });

  it('explains that msw handlers are unavailable in a Worker when they are read', () => {
    const gateway = workerBuild.createMockGateway();
    expect(() => gateway.handlers).toThrow(/not available in a Worker.*fetch: gateway\.fetch/);
    gateway.close();
  });

  it('still gives msw handlers in the default build', () => {
    const gateway = defaultBuild.createMockGateway();
    expect(gateway.handlers.length).toBeGreaterThan(0);
    gateway.close();
  });

  it('gives the provider mocks too, serving their fetch and explaining their missing handlers', async () => {
    const plumaas = workerBuild.createMockPlumaas();
    const response = await plumaas.fetch(`${plumaas.baseURL}/charges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${plumaas.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ org_id: 'org_1', amount_cents: 100 }),
    });
    expect(response.status).toBe(201);
    expect(() => plumaas.handlers).toThrow(/not available in a Worker/);
    expect(defaultBuild.createMockPlumaas().handlers.length).toBeGreaterThan(0);
  });
});
