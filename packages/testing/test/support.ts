import { routes } from '@ummah/schema/ummah/routes';
import { ErrorResponseSchema, PurchaseSchema } from '@ummah/schema/ummah/schemas';
import type { Purchase } from '@ummah/schema/ummah/types';
import { validators } from '@ummah/schema/ummah/validators';
import { afterEach, expect } from 'vitest';
import { z } from 'zod';
import {
  createMockGateway,
  type MockExchange,
  type MockGateway,
  type MockGatewayOptions,
} from '../src/index';

/** A schema failure found while a test ran. */
export interface SchemaFailure {
  readonly operationId: string | null;
  readonly status: number;
  readonly issues: string;
}

/**
 * Checks one response against the OpenAPI schemas: success bodies against the operation's response
 * schema, error bodies against the gateway's error union.
 */
export function validateExchange(exchange: MockExchange): SchemaFailure | undefined {
  let schema: z.ZodType;
  // An injected reset has no body to check; an injected status carries the gateway's error shape.
  if (exchange.fault === 'reset') return undefined;
  // The mock's own `/_mock/` endpoints are reported too, but the API description does not cover them.
  if (exchange.operationId?.startsWith('mock.')) return undefined;
  if (exchange.status >= 400) schema = ErrorResponseSchema;
  else if (exchange.operationId === null)
    return { operationId: null, status: exchange.status, issues: 'no operation' };
  else {
    const id = exchange.operationId as keyof typeof routes;
    const operation = routes[id];
    if (!operation)
      return { operationId: exchange.operationId, status: exchange.status, issues: 'unknown operation' };
    // The reference documents POST /billing/ as answering a list of purchases (one per client).
    schema =
      exchange.operationId === 'billing.sendInvoice' && Array.isArray(exchange.body)
        ? z.array(PurchaseSchema)
        : validators[id].response;
    if (exchange.status !== operation.successStatus) {
      return {
        operationId: exchange.operationId,
        status: exchange.status,
        issues: `expected ${operation.successStatus}`,
      };
    }
  }
  const parsed = schema.safeParse(exchange.body);
  return parsed.success
    ? undefined
    : { operationId: exchange.operationId, status: exchange.status, issues: parsed.error.message };
}

const failures: SchemaFailure[] = [];
/** How many responses were validated (so a suite can prove it checked something). */
export const validated = { count: 0 };

afterEach(() => {
  const found = failures.splice(0);
  expect(found, 'every mock response matches the OpenAPI schemas').toEqual([]);
});

/** An `onResponse` hook that records schema failures for the `afterEach` check. */
export function checkSchemas(exchange: MockExchange): void {
  validated.count += 1;
  const failure = validateExchange(exchange);
  if (failure) failures.push(failure);
}

/** A mock gateway whose every response is validated against the OpenAPI schemas. */
export function testGateway(options: MockGatewayOptions = {}): MockGateway {
  return createMockGateway({
    webhooks: { retryDelaysMs: [5, 5], ...options.webhooks },
    ...options,
    onResponse: (exchange) => {
      checkSchemas(exchange);
      options.onResponse?.(exchange);
    },
  });
}

/** The parsed result of a call; `T` is the generated type the body is read as. */
export interface CallResult<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** Any of the gateway's error bodies. */
export interface ErrorBody {
  readonly error: string;
  readonly message?: string;
  readonly detail?: string;
  readonly details?: Record<string, string[]>;
}

/** Test secret key. */
export const KEY = 'sk_test_suite';
/** The brand id used in the reference. */
export const BRAND = '409eb80e-3782-4b1d-afa8-b779759266a5';

/** Calls the mock through its in-process fetch. */
export async function call<T = ErrorBody>(
  gateway: MockGateway,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<CallResult<T>> {
  const response = await gateway.fetch(path.startsWith('http') ? path : `${gateway.baseURL}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${KEY}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const parsed: unknown = text === '' ? undefined : type.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** A valid purchase body. */
export function purchaseBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    brand_id: BRAND,
    client: { email: 'customer@example.com' },
    purchase: { products: [{ name: 'T-Shirt', price: 2999, quantity: 1 }], currency: 'USD' },
    ...overrides,
  };
}

/** Creates a purchase and returns its body. */
export async function createPurchase(
  gateway: MockGateway,
  overrides: Record<string, unknown> = {},
): Promise<Purchase> {
  const result = await call<Purchase>(gateway, 'POST', '/purchases/', purchaseBody(overrides));
  expect(result.status).toBe(201);
  return result.body;
}
