import { type KeyPool, sharedKeyPool } from './crypto/key-pool';
import type { RsaKeyPair } from './crypto/rsa-key-pair';
import { type Clock, seconds } from './domain/clock';
import { GatewayState } from './domain/gateway-state';
import { newId } from './domain/ids';
import { type DeliveryTarget, EventDispatcher, type EventSource } from './events/dispatcher';
import type { EventType, WebhookEventBody } from './events/event-types';
import { authenticate } from './http/authenticate';
import { isJsonObject, type JsonObject } from './http/body-reader';
import { canonicalJson } from './http/canonical-json';
import { MockConnectionReset } from './http/connection-reset';
import { FaultController, type FaultSpec } from './http/faults';
import {
  errorBodyForStatus,
  GatewayError,
  malformedBody,
  methodNotAllowed,
  notFound,
} from './http/gateway-error';
import { IdempotencyStore } from './http/idempotency';
import { type MockResult, toResponse } from './http/mock-result';
import { validateRequestBody } from './http/request-validation';
import type { Router } from './http/router';
import { sleep } from './http/sleep';
import { DEFAULT_BASE_URL, DEFAULT_BRAND_ID, type MockGatewayOptions } from './options';
import { apiRouter } from './routes/api-router';
import { checkoutPage } from './routes/checkout-page';
import { controlRouter } from './routes/control-router';
import { serveFile } from './routes/files';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
/** The hosted checkout and invoice pages behind `checkout_url` and `invoice_url`. */
const CHECKOUT_PAGE = /^\/(checkout|invoice)\//;

/** Path prefix of the mock's own (non-gateway) endpoints: simulation and faults over HTTP. */
export const CONTROL_PREFIX = '/_mock';
/** Path prefix of downloadable files (statements), reachable without the API key like pre-signed URLs. */
export const FILES_PREFIX = '/_files';

/**
 * The request pipeline and state of one mock gateway. Transports (fetch, msw, node:http) hand it Web
 * `Request`s; routes and simulations operate on it. Not exported from the package: merchants use the
 * `MockGateway` facade.
 */
export class GatewayEngine {
  readonly state = new GatewayState();
  readonly faults = new FaultController();
  readonly idempotency = new IdempotencyStore();
  readonly keyPool: KeyPool = sharedKeyPool;
  readonly dispatcher: EventDispatcher;
  readonly clock: Clock;
  readonly options: MockGatewayOptions;
  readonly brandId: string;
  readonly pageSize: number;
  readonly #api: Router<GatewayEngine> = apiRouter();
  readonly #control: Router<GatewayEngine> = controlRouter();
  #baseURL: URL;
  #companyKeys: Promise<RsaKeyPair> | undefined;

  constructor(options: MockGatewayOptions) {
    this.options = options;
    this.clock = { now: options.now ?? Date.now };
    this.brandId = options.brandId ?? DEFAULT_BRAND_ID;
    this.pageSize = options.pageSize ?? 20;
    this.#baseURL = normaliseBase(options.baseURL ?? DEFAULT_BASE_URL);
    this.dispatcher = new EventDispatcher(options.webhooks ?? {}, this.state.deliveries, () =>
      this.clock.now(),
    );
  }

  /** The API base URL, without a trailing slash. */
  get baseURL(): string {
    return this.#baseURL.href.replace(/\/$/, '');
  }

  /** Re-points the mock at another origin (the server does this once it knows its port). */
  setBaseURL(baseURL: string): void {
    this.#baseURL = normaliseBase(baseURL);
  }

  /** Every API route (for docs and the schema-coverage tests). */
  get routes(): Router<GatewayEngine>['routes'] {
    return this.#api.routes;
  }

  /** Forgets every object, idempotency key, fault and scheduled delivery retry. */
  reset(): void {
    this.dispatcher.close();
    this.dispatcher.reopen();
    this.state.clear();
    this.idempotency.clear();
    this.faults.clear();
  }

  /** Current time in whole seconds. */
  now(): number {
    return seconds(this.clock);
  }

  /** An absolute URL on the mock's origin (checkout pages, files). */
  publicURL(path: string): string {
    return new URL(path, this.#baseURL.origin).href;
  }

  /** The company key pair behind `GET /public_key/`, created on first use. */
  companyKeys(): Promise<RsaKeyPair> {
    this.#companyKeys ??= this.keyPool.take();
    return this.#companyKeys;
  }

  /**
   * Emits an event to every webhook subscribed to it and, for `purchase.paid`, to the purchase's
   * `success_callback` (signed with the company key). Resolves after the first attempts.
   */
  emit(type: EventType, object: object, source: EventSource, successCallback?: string): Promise<void> {
    const event: WebhookEventBody = {
      id: newId('event'),
      type,
      event_type: type,
      created_on: this.now(),
      object: structuredClone(object) as Record<string, unknown>,
    };
    const webhooks = [...this.state.webhooks.values()].filter(
      ({ record }) => record.all_events || record.events.includes(type),
    );
    const targets = (async (): Promise<DeliveryTarget[]> => {
      const list: DeliveryTarget[] = webhooks.map(({ record, keys }) => ({
        url: record.callback,
        privateKey: keys.privateKey,
        webhookId: record.id,
      }));
      if (successCallback) {
        list.push({
          url: successCallback,
          privateKey: (await this.companyKeys()).privateKey,
          webhookId: null,
        });
      }
      return list;
    })();
    return this.dispatcher.dispatch(event, source, targets);
  }

  /** Answers one request. Throws `MockConnectionReset` when a fault drops the connection. */
  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const apiPath = this.#apiPath(url);
    const isControl = url.pathname.startsWith(`${CONTROL_PREFIX}/`);
    const fault = isControl ? undefined : this.faults.take(method, apiPath ?? url.pathname);
    const headers = { 'x-request-id': newId('request') };
    if (fault?.delayMs !== undefined) await sleep(fault.delayMs, request.signal);
    if (fault && !fault.after) {
      const injected = applyFault(fault);
      if (injected) return toResponse(injected, headers);
    }
    const { result, operationId, replayed } = await this.#process(request, url, method, apiPath, isControl);
    if (fault?.after) {
      const injected = applyFault(fault);
      if (injected) return toResponse(injected, headers);
    }
    const isApi =
      !isControl && !url.pathname.startsWith(`${FILES_PREFIX}/`) && !CHECKOUT_PAGE.test(url.pathname);
    if (isApi) {
      this.options.onResponse?.({
        operationId,
        method,
        url: url.href,
        status: result.status,
        body: result.body,
        replayed,
      });
    }
    return toResponse(result, replayed ? { ...headers, 'idempotent-replayed': 'true' } : headers);
  }

  #apiPath(url: URL): string | undefined {
    const base = this.#baseURL.pathname.replace(/\/$/, '');
    if (base === '') return url.pathname;
    if (url.pathname === base) return '/';
    return url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : undefined;
  }

  async #process(
    request: Request,
    url: URL,
    method: string,
    apiPath: string | undefined,
    isControl: boolean,
  ): Promise<{ result: MockResult; operationId: string | null; replayed: boolean }> {
    let operationId: string | null = null;
    try {
      if (url.pathname.startsWith(`${FILES_PREFIX}/`)) {
        return {
          result: serveFile(this, url.pathname.slice(FILES_PREFIX.length)),
          operationId,
          replayed: false,
        };
      }
      if (method === 'GET' && CHECKOUT_PAGE.test(url.pathname)) {
        return { result: checkoutPage(this, url.pathname), operationId, replayed: false };
      }
      const router = isControl ? this.#control : this.#api;
      const path = isControl ? url.pathname.slice(CONTROL_PREFIX.length) : apiPath;
      if (path === undefined) {
        throw notFound(`No gateway API at this path. The API lives under ${this.#baseURL.pathname}.`);
      }
      if (!path.endsWith('/')) {
        throw notFound(`The gateway's paths end with a slash: ${path}/ (requests without it are rejected).`);
      }
      const match = router.match(method, path);
      if (match.kind === 'not-found') throw notFound('No such endpoint.');
      if (match.kind === 'method-not-allowed') throw methodNotAllowed(method);
      operationId = match.route.operationId;
      const apiKey = isControl
        ? 'control'
        : authenticate(request.headers.get('authorization'), this.options.apiKeys);
      const body = BODY_METHODS.has(method) ? await readJsonBody(request) : {};
      const execute = async (): Promise<MockResult> => {
        try {
          if (!isControl) validateRequestBody(match.route.operationId, body);
          return await match.route.handler({
            gateway: this,
            request,
            url,
            params: match.params,
            query: url.searchParams,
            body,
          });
        } catch (error) {
          return resultForError(error);
        }
      };
      const key = request.headers.get('idempotency-key');
      if (key === null || method === 'GET' || isControl) {
        return { result: await execute(), operationId, replayed: false };
      }
      const fingerprint = `${method} ${path} ${canonicalJson(body)}`;
      const outcome = await this.idempotency.run(apiKey, key, fingerprint, execute);
      return { result: outcome.result, operationId, replayed: outcome.replayed };
    } catch (error) {
      return { result: resultForError(error), operationId, replayed: false };
    }
  }
}

function normaliseBase(baseURL: string): URL {
  const url = new URL(baseURL);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

async function readJsonBody(request: Request): Promise<JsonObject> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw malformedBody(`JSON parse error - ${error instanceof Error ? error.message : 'invalid JSON'}`);
  }
  if (!isJsonObject(parsed)) {
    throw malformedBody(
      `Invalid data. Expected a dictionary, but got ${Array.isArray(parsed) ? 'list' : typeof parsed}.`,
    );
  }
  return parsed;
}

function resultForError(error: unknown): MockResult {
  if (error instanceof GatewayError) return error.toResult();
  return { status: 500, body: errorBodyForStatus(500) };
}

function applyFault(fault: FaultSpec): MockResult | undefined {
  if (fault.reset) throw new MockConnectionReset();
  if (fault.status === undefined) return undefined;
  return {
    status: fault.status,
    body: fault.body ?? errorBodyForStatus(fault.status),
    headers: fault.headers ?? {},
  };
}
