import type { JsonObject } from '../http/json-body';
import type { MockResult } from '../http/mock-result';
import type { MatchedRoute } from './gateway-route';
import { apiPathOf, type RequestArea, requestArea } from './request-area';

/**
 * One request on its way through the pipeline. The first fields describe the request; each
 * middleware fills in what it found out (`match`, `apiKey`, `body`, `input`) and the answer (`result`).
 */
export interface GatewayContext {
  readonly request: Request;
  readonly url: URL;
  /** Upper-case method. */
  readonly method: string;
  readonly area: RequestArea;
  /** The path relative to the API base path; undefined outside it. */
  readonly apiPath: string | undefined;
  match?: MatchedRoute;
  /** The secret key the request authenticated with (API requests). */
  apiKey?: string;
  /** The JSON body; `{}` when the request has none. */
  body: JsonObject;
  /** Body and query as the route's schemas parsed them. */
  input?: { readonly body: unknown; readonly query: unknown };
  /** The answer so far. */
  result?: MockResult;
  /** True when `result` replays the stored answer of an earlier request with the same idempotency key. */
  replayed: boolean;
  /** True when `result` is an injected fault, not an answer of the gateway. */
  faulted: boolean;
}

/** The context of a new request to a mock answering under `base`. */
export function createContext(request: Request, base: URL): GatewayContext {
  const url = new URL(request.url);
  return {
    request,
    url,
    method: request.method.toUpperCase(),
    area: requestArea(url.pathname),
    apiPath: apiPathOf(url, base),
    body: {},
    replayed: false,
    faulted: false,
  };
}
