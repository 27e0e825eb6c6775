import type { TestClock } from '../domain/test-clock';
import type { FaultController } from '../http/faults';
import { inProcessFetch } from './in-process-fetch';
import type { MockEndpoint } from './mock-endpoint';

/**
 * Makes the msw handlers of a mock; the Workers build supplies one that explains their absence.
 * Typed as `any[]`, see {@link MockFacade.handlers}.
 */
// biome-ignore lint/suspicious/noExplicitAny: msw's handler type must not appear in these declarations (see `handlers`).
export type HandlerFactory = (endpoint: MockEndpoint) => any[];

/** What every mock's facade is made of, whichever API it stands for. */
export interface FacadeParts<S, D> {
  readonly endpoint: MockEndpoint;
  readonly handlersFor: HandlerFactory;
  readonly simulate: S;
  readonly clock: TestClock;
  readonly faults: FaultController;
  readonly deliveries: () => readonly D[];
  readonly settled: () => Promise<void>;
  readonly reset: () => void;
  readonly close: () => void;
}

/**
 * What every mock offers, the Ummah gateway's and the providers': one instance is one isolated
 * account, and objects created through one transport are visible through the others. `S` is its
 * `simulate` object, `D` its delivery record.
 */
export interface MockFacade<S, D> {
  /** The API base URL the mock answers on (e.g. `https://gate.ummah.com/api/v1`). */
  readonly baseURL: string;
  /**
   * An in-process `fetch`: requests never leave the process.
   *
   * @example
   * const ummah = new Ummah('sk_test_123', { fetch: gateway.fetch });
   */
  readonly fetch: typeof fetch;
  /**
   * msw request handlers for the mock's origin, for `setupServer(...)` or `server.use(...)`. msw is
   * an optional peer dependency (`npm i -D msw`), loaded when this is first read; reading it without
   * msw installed throws an error that says so. In the Workers build (`workerd`/`worker`
   * conditions) reading it throws: msw cannot intercept requests inside a Worker, so pass
   * `mock.fetch` instead.
   *
   * Typed as `any[]` rather than with msw's `RequestHandler`: this package's declarations refer to
   * no msw type, so they compile without msw installed, and in CommonJS TypeScript apps, where
   * msw's own declarations do not.
   *
   * @example
   * const server = setupServer(...gateway.handlers);
   */
  // biome-ignore lint/suspicious/noExplicitAny: see above; any msw 2.x `setupServer` accepts them.
  readonly handlers: any[];
  /** What customers (and the provider behind them) do: checkouts, payments, expiries, refunds. */
  readonly simulate: S;
  /**
   * The mock's clock, in milliseconds since the epoch: the `now` option, or the system time, plus
   * whatever was advanced. Every timestamp the mock writes is read from it. `advance` moves it forward
   * and runs what falls due on the way (renewals, trial ends, statements, delivery retries).
   *
   * @example
   * await gateway.clock.advance('1 month');
   */
  readonly clock: TestClock;
  /** Fault injection for the next requests (statuses, connection resets, delays). */
  readonly faults: FaultController;
  /** Every delivery attempt so far, oldest first (copies). */
  readonly deliveries: readonly D[];
  /** Answers one Web `Request` (what every transport calls). Rejects on an injected connection reset. */
  handle(request: Request): Promise<Response>;
  /** Resolves once no delivery attempt is in flight or waiting for a retry. */
  settled(): Promise<void>;
  /** Forgets all objects, deliveries, idempotency keys, faults and pending retries. */
  reset(): void;
  /** Stops delivery retries. The mock still answers requests afterwards. */
  close(): void;
}

/**
 * The facade members every mock shares. Getters stay getters (the base URL moves when a server
 * binds; deliveries are copied on each read, so callers never hold the mock's log).
 */
export function mockFacade<S, D>(parts: FacadeParts<S, D>): MockFacade<S, D> {
  const { endpoint } = parts;
  return {
    get baseURL() {
      return endpoint.baseURL;
    },
    fetch: inProcessFetch(endpoint),
    get handlers() {
      return parts.handlersFor(endpoint);
    },
    simulate: parts.simulate,
    clock: parts.clock,
    faults: parts.faults,
    get deliveries() {
      return structuredClone(parts.deliveries()) as D[];
    },
    handle: (request) => endpoint.handle(request),
    settled: parts.settled,
    reset: parts.reset,
    close: parts.close,
  };
}
