import { routes as table } from '@ummah/schema/ummah/routes';
import { describe, expect, it } from 'vitest';
import { GatewayEngine } from '../src/gateway-engine';
import { validateExchange } from './support';

describe('coverage of the OpenAPI operations', () => {
  it('routes every operation of the schema, with the same method and path, and nothing else', () => {
    const routes = new GatewayEngine({}).routes.map(
      (route) => `${route.operationId} ${route.method} ${route.path}`,
    );
    const expected = Object.entries(table).map(
      ([operationId, operation]) =>
        `${operationId} ${operation.method} ${operation.path.replace(/\{[^}]+\}/g, '{}')}`,
    );
    const actual = routes.map((route) => route.replace(/\{[^}]+\}/g, '{}'));
    expect(actual.sort()).toEqual(expected.sort());
    expect(actual).toHaveLength(47);
  });

  it('flags a response that does not match its schema', () => {
    const failure = validateExchange({
      operationId: 'purchases.retrieve',
      method: 'GET',
      url: 'https://gate.ummah.com/api/v1/purchases/x/',
      status: 200,
      body: { status: 'paid' },
      replayed: false,
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
    });
    expect(failure).toBeDefined();
  });
});
