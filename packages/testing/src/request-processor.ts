import { newId } from './domain/ids';
import { authenticate } from './http/authenticate';
import { canonicalJson } from './http/canonical-json';
import { MockConnectionReset } from './http/connection-reset';
import type { FaultController, FaultSpec } from './http/faults';
import { errorBodyForStatus, methodNotAllowed, notFound } from './http/gateway-error';
import type { IdempotencyStore } from './http/idempotency';
import { parseInput, queryInput } from './http/input-validation';
import { readJsonObject } from './http/json-body';
import { type MockResult, toResponse } from './http/mock-result';
import type { Router } from './http/router';
import { sleep } from './http/sleep';
import type { MockGatewayOptions } from './options';
import { gatewayErrorFor } from './pipeline/error-response';
import type { GatewayRoute, MatchedRoute } from './pipeline/gateway-route';
import {
  apiPathOf,
  CONTROL_PREFIX,
  FILES_PREFIX,
  type RequestArea,
  requestArea,
} from './pipeline/request-area';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The routes of each area of the mock's origin, each relative to its area's root. */
export interface RouteTable {
  readonly api: Router<GatewayRoute>;
  readonly control: Router<GatewayRoute>;
  readonly files: Router<GatewayRoute>;
  readonly pages: Router<GatewayRoute>;
}

/** Runs a request through faults, routing, auth, body, idempotency, validation and its route. */
export class RequestProcessor {
  readonly #routes: RouteTable;
  readonly #faults: FaultController;
  readonly #idempotency: IdempotencyStore;
  readonly #base: () => URL;
  readonly #options: MockGatewayOptions;

  constructor(
    routes: RouteTable,
    faults: FaultController,
    idempotency: IdempotencyStore,
    base: () => URL,
    options: MockGatewayOptions,
  ) {
    this.#routes = routes;
    this.#faults = faults;
    this.#idempotency = idempotency;
    this.#base = base;
    this.#options = options;
  }

  /** Answers one request. Throws `MockConnectionReset` when a fault drops the connection. */
  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const area = requestArea(url.pathname);
    const apiPath = apiPathOf(url, this.#base());
    const fault = area === 'control' ? undefined : this.#faults.take(method, apiPath ?? url.pathname);
    const headers = { 'x-request-id': newId('request') };
    if (fault?.delayMs !== undefined) await sleep(fault.delayMs, request.signal);
    if (fault && !fault.after) {
      const injected = applyFault(fault);
      if (injected) return toResponse(injected, headers);
    }
    const { result, operationId, replayed } = await this.#process(request, url, method, area, apiPath);
    if (fault?.after) {
      const injected = applyFault(fault);
      if (injected) return toResponse(injected, headers);
    }
    if (area === 'api') {
      this.#options.onResponse?.({
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

  async #process(
    request: Request,
    url: URL,
    method: string,
    area: RequestArea,
    apiPath: string | undefined,
  ): Promise<{ result: MockResult; operationId: string | null; replayed: boolean }> {
    let operationId: string | null = null;
    try {
      const match = this.#match(area, method, url, apiPath);
      operationId = match.route.operationId;
      const apiKey =
        area === 'api' ? authenticate(request.headers.get('authorization'), this.#options.apiKeys) : '';
      const body = BODY_METHODS.has(method) ? await readJsonObject(request) : {};
      const execute = async (): Promise<MockResult> => {
        try {
          const { route, params } = match;
          const query = route.query
            ? parseInput(route.query, queryInput(route.query, url.searchParams, route.pageParams))
            : undefined;
          const input = route.body ? parseInput(route.body, body) : body;
          return await route.handler({ request, url, params, body: input, query });
        } catch (error) {
          return gatewayErrorFor(error).toResult();
        }
      };
      const key = request.headers.get('idempotency-key');
      if (key === null || method === 'GET' || area !== 'api') {
        return { result: await execute(), operationId, replayed: false };
      }
      const fingerprint = `${method} ${apiPath} ${canonicalJson(body)}`;
      const outcome = await this.#idempotency.run(apiKey, key, fingerprint, execute);
      return { result: outcome.result, operationId, replayed: outcome.replayed };
    } catch (error) {
      return { result: gatewayErrorFor(error).toResult(), operationId, replayed: false };
    }
  }

  #match(area: RequestArea, method: string, url: URL, apiPath: string | undefined): MatchedRoute {
    if (area === 'files') {
      return resource(this.#routes.files, method, url.pathname.slice(FILES_PREFIX.length), 'No such file.');
    }
    if (area === 'page' && method === 'GET') {
      return resource(this.#routes.pages, method, url.pathname, 'No such checkout.');
    }
    if (area === 'control') {
      return endpoint(this.#routes.control, method, url.pathname.slice(CONTROL_PREFIX.length));
    }
    if (apiPath === undefined) {
      throw notFound(`No gateway API at this path. The API lives under ${this.#base().pathname}.`);
    }
    return endpoint(this.#routes.api, method, apiPath);
  }
}

function endpoint(router: Router<GatewayRoute>, method: string, path: string): MatchedRoute {
  if (!path.endsWith('/')) {
    throw notFound(`The gateway's paths end with a slash: ${path}/ (requests without it are rejected).`);
  }
  const match = router.match(method, path);
  if (match.kind === 'not-found') throw notFound('No such endpoint.');
  if (match.kind === 'method-not-allowed') throw methodNotAllowed(method);
  return match;
}

function resource(router: Router<GatewayRoute>, method: string, path: string, missing: string): MatchedRoute {
  const match = router.match(method, path);
  if (match.kind !== 'found') throw notFound(missing);
  return match;
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
