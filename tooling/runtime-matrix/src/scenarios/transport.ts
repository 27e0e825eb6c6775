import * as core from '@ummah/core';
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  ConflictError,
  HttpClient,
  type RequestOptions,
} from '@ummah/core';
import { describeError, type ErrorReport } from './error-report.js';

/** The fixture routes the harness serves under each runtime's base URL (see harness/fixture-server.ts). */
export const TRANSPORT_ROUTES = {
  /** 503 on the first attempt, 200 on the next. */
  unavailableOnce: '/unavailable-once/',
  /** The first connection is reset before any response, then 200. */
  resetOnce: '/reset-once/',
  /** 429 with `Retry-After: 0` on the first attempt, then 200. */
  rateLimitedOnce: '/rate-limited-once/',
  /** Always 409. */
  conflict: '/conflict/',
  /** Accepts the request and never answers (the deadline call). */
  hangTimeout: '/hang-timeout/',
  /** Accepts the request and never answers (the user-abort call). */
  hangAbort: '/hang-abort/',
} as const;

/** The idempotency key the scenario passes itself on the connection-reset call. */
export const CALLER_IDEMPOTENCY_KEY = 'order-runtime-matrix-1';

/** Deadline of the call sent to the hung server. */
export const HANG_TIMEOUT_MS = 400;

/** One call's outcome as a runtime saw it. */
export interface CallReport {
  ok: boolean;
  /** The parsed body on success. */
  data?: unknown;
  /** `response.idempotencyKey` of `.withResponse()` on success. */
  idempotencyKey?: string | undefined;
  /** Every retry the client announced through `hooks.onRetry`, in order. */
  retries: Array<{ attempt: number; code: string }>;
  error?: ErrorReport;
}

/** Everything the transport scenario reports. */
export interface TransportReport {
  /** Which build of @ummah/core the runtime's export conditions selected. */
  coreBuild: 'node' | 'neutral';
  unavailableOnce: CallReport;
  resetOnce: CallReport;
  rateLimitedOnce: CallReport;
  conflict: CallReport;
  timeout: CallReport;
  userAbort: CallReport;
}

type Expected = abstract new (...args: never[]) => Error;

/**
 * Drives @ummah/core's `HttpClient` against the harness's fixture server at `baseURL` and reports
 * what it saw. Portable: Web APIs only, so the same code runs on Node, Deno, Bun and workerd.
 */
export async function runTransportScenario(baseURL: string): Promise<TransportReport> {
  const retries: Array<{ attempt: number; code: string; url: string }> = [];
  const client = new HttpClient({
    baseURL,
    apiKey: 'sk_test_runtime_matrix',
    // Short backoff so the retried calls finish quickly; the retry decisions are what is tested.
    retry: { initialDelayMs: 10, maxDelayMs: 50 },
    maxRetries: 2,
    logLevel: 'off',
    hooks: { onRetry: ({ attempt, error, url }) => void retries.push({ attempt, code: error.code, url }) },
  });

  async function call(route: string, expected: Expected, options: RequestOptions = {}): Promise<CallReport> {
    const retriesOf = () =>
      retries.filter((retry) => retry.url.endsWith(route)).map(({ attempt, code }) => ({ attempt, code }));
    try {
      const { data, response } = await client
        .request<unknown>({ method: 'POST', path: route, body: { amount: 5000 } }, options)
        .withResponse();
      return { ok: true, data, idempotencyKey: response.idempotencyKey, retries: retriesOf() };
    } catch (error) {
      return { ok: false, retries: retriesOf(), error: describeError(error, expected) };
    }
  }

  const abort = new AbortController();
  const [unavailableOnce, resetOnce, rateLimitedOnce, conflict, timeout, userAbort] = await Promise.all([
    call(TRANSPORT_ROUTES.unavailableOnce, Error),
    call(TRANSPORT_ROUTES.resetOnce, Error, { idempotencyKey: CALLER_IDEMPOTENCY_KEY }),
    call(TRANSPORT_ROUTES.rateLimitedOnce, Error),
    call(TRANSPORT_ROUTES.conflict, ConflictError),
    call(TRANSPORT_ROUTES.hangTimeout, APIConnectionTimeoutError, { timeout: HANG_TIMEOUT_MS }),
    // A generous deadline, so only the caller's abort can end this call.
    call(TRANSPORT_ROUTES.hangAbort, APIUserAbortError, { timeout: 30_000, signal: abort.signal }),
    // Abort once the other calls are under way; the outcome is the same whether or not the
    // request has reached the server by then.
    new Promise<void>((resolve) => setTimeout(resolve, 100)).then(() => abort.abort()),
  ]);
  return {
    coreBuild: 'createUndiciTransport' in core ? 'node' : 'neutral',
    unavailableOnce,
    resetOnce,
    rateLimitedOnce,
    conflict,
    timeout,
    userAbort,
  };
}
