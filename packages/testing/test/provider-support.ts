import { verifyWebhook, WebhookVerificationError } from '@ummah/webhooks';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { MockProvider, ProviderDelivery, ProviderMockOptions, ProviderScheme } from '../src/index';

/** A webhook receiver standing in for the merchant's endpoint, passed as the mock's delivery fetch. */
export interface Receiver {
  /** Every request received, in order. */
  readonly requests: { url: string; headers: Headers; body: string }[];
  /** The status the receiver answers with. */
  status: number;
  readonly fetch: typeof fetch;
}

/** A receiver that records each delivery and answers `status` (200 unless changed). */
export function receiver(): Receiver {
  const state: Receiver = {
    requests: [],
    status: 200,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      state.requests.push({ url: request.url, headers: request.headers, body: await request.text() });
      return new Response('ok', { status: state.status });
    },
  };
  return state;
}

/** The parsed answer of a call. */
export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

/** Sends a JSON request with `fetchImpl` and reads the JSON answer. */
export async function send<T = Record<string, unknown>>(
  fetchImpl: typeof fetch,
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetchImpl(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

/** The single delivery of an event type, asserting there is exactly one. */
export function onlyDelivery(deliveries: readonly ProviderDelivery[], event: string): ProviderDelivery {
  const found = deliveries.filter((delivery) => delivery.event === event);
  expect(found.map((delivery) => delivery.event)).toEqual([event]);
  return found[0]!;
}

/** The body with one space added: still the same JSON, no longer the signed bytes. */
export function tampered(body: string): string {
  const changed = body.replace('{', '{ ');
  expect(changed).not.toBe(body);
  return changed;
}

/** How a coverage test reaches one operation: its path (ids filled in) and body. */
export interface OperationCall {
  readonly path: string;
  readonly body?: unknown;
}

/**
 * Calls every operation of a route table through `fetchImpl` and expects its documented success
 * status. The calls are keyed by operation id and must name exactly the table's operations, so an
 * operation added to the description fails the test until the mock answers it.
 */
export async function expectEveryOperationAnswered(
  fetchImpl: typeof fetch,
  baseURL: string,
  headers: Record<string, string>,
  table: Readonly<Record<string, { method: string; successStatus: number }>>,
  calls: Readonly<Record<string, () => OperationCall | Promise<OperationCall>>>,
): Promise<void> {
  expect(Object.keys(calls).sort()).toEqual(Object.keys(table).sort());
  const statuses: Record<string, number> = {};
  for (const [operationId, route] of Object.entries(table)) {
    const { path, body } = await calls[operationId]!();
    statuses[operationId] = (await send(fetchImpl, `${baseURL}${path}`, route.method, body, headers)).status;
  }
  expect(statuses).toEqual(
    Object.fromEntries(Object.entries(table).map(([id, route]) => [id, route.successStatus])),
  );
}

/** A delivery as a receiver got it. */
export interface ReceivedRequest {
  readonly body: string;
  readonly headers: Headers | Record<string, string | string[] | undefined>;
}

/**
 * Verifies a received delivery with `@ummah/webhooks` and `secret`, and checks that the same
 * delivery is refused once its body is tampered with or under another secret. Returns the event.
 */
export async function verifySigned(
  scheme: ProviderScheme,
  received: ReceivedRequest,
  secret: string,
): Promise<Record<string, unknown>> {
  const { body, headers } = received;
  const verified: object = await verifyWebhook({ scheme, payload: body, headers, secret });
  const event = verified as Record<string, unknown>;
  await expect(verifyWebhook({ scheme, payload: tampered(body), headers, secret })).rejects.toBeInstanceOf(
    WebhookVerificationError,
  );
  await expect(
    verifyWebhook({ scheme, payload: body, headers, secret: `${secret}_other` }),
  ).rejects.toBeInstanceOf(WebhookVerificationError);
  return event;
}

/** A provider mock under test, its receiver and the auth header of its key. */
export interface ProviderSuite<M> {
  readonly mock: M;
  readonly inbox: Receiver;
  readonly auth: Record<string, string>;
}

/**
 * Makes a provider mock that delivers to a recording receiver (no retries), serves the global fetch
 * through msw for the file's tests, and starts each test from a clean account and an empty inbox.
 */
export function providerSuite<M extends MockProvider<unknown>>(
  create: (options: ProviderMockOptions) => M,
  webhookUrl?: string,
): ProviderSuite<M> {
  const inbox = receiver();
  const mock = create({ webhookUrl, webhooks: { fetch: inbox.fetch, retryDelaysMs: [] } });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    mock.reset();
    inbox.requests.length = 0;
    inbox.status = 200;
  });
  return { mock, inbox, auth: { authorization: `Bearer ${mock.apiKey}` } };
}
