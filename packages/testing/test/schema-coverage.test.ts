import { operationIds, routes as table } from '@ummah/schema/ummah/routes';
import { describe, expect, it } from 'vitest';
import { GatewayEngine } from '../src/gateway-engine';
import { API_HANDLERS, apiRoutes } from '../src/routes/api-routes';
import { validateExchange } from './support';

describe('coverage of the OpenAPI operations', () => {
  it('has exactly one handler for every operation of the route table, and none for anything else', () => {
    const handled = API_HANDLERS.flatMap((group) => Object.keys(group));
    const counts = Object.fromEntries(
      operationIds.map((id) => [id, handled.filter((key) => key === id).length]),
    );
    expect(counts).toEqual(Object.fromEntries(operationIds.map((id) => [id, 1])));
    expect(handled.filter((key) => !(key in table))).toEqual([]);
  });

  it('routes every operation with the method and path of the route table', () => {
    const routed = new GatewayEngine({}).routes.map(
      (route) => `${route.operationId} ${route.method} ${route.path}`,
    );
    const expected = operationIds.map((id) => `${id} ${table[id].method} ${table[id].path}`);
    expect(routed).toEqual(expected);
    expect(routed).toHaveLength(47);
  });

  it('refuses to build the routes when an operation has no handler, naming it', () => {
    const withoutCapture = API_HANDLERS.map((group) =>
      Object.fromEntries(Object.entries(group).filter(([id]) => id !== 'purchases.capture')),
    );
    const engine = new GatewayEngine({});
    expect(() => apiRoutes({ domain: engine.domain, pageSize: 20 }, withoutCapture)).toThrow(
      /exactly one handler for purchases\.capture; it has 0/,
    );
  });

  it('flags a response that does not match its schema', () => {
    const failure = validateExchange({
      operationId: 'purchases.retrieve',
      method: 'GET',
      url: 'https://gate.ummah.com/api/v1/purchases/x/',
      status: 200,
      body: { status: 'paid' },
      replayed: false,
      fault: null,
    });
    expect(failure?.operationId).toBe('purchases.retrieve');
  });

  it('flags an error body that is not one of the gateway error shapes', () => {
    const failure = validateExchange({
      operationId: null,
      method: 'GET',
      url: 'https://gate.ummah.com/api/v1/nowhere/',
      status: 404,
      body: { message: 'no error code' },
      replayed: false,
      fault: null,
    });
    expect(failure).toBeDefined();
  });
});
