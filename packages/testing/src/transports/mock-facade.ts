import type { RequestHandler } from 'msw';
import type { Clock } from '../domain/clock';
import type { FaultController } from '../http/faults';
import { inProcessFetch } from './in-process-fetch';
import type { MockEndpoint } from './mock-endpoint';

/** Makes the msw handlers of a mock; the Workers build supplies one that explains their absence. */
export type HandlerFactory = (endpoint: MockEndpoint) => RequestHandler[];

/** What every mock's facade is made of, whichever API it stands for. */
export interface FacadeParts<S, D> {
  readonly endpoint: MockEndpoint;
  readonly handlersFor: HandlerFactory;
  readonly simulate: S;
  readonly clock: Clock;
  readonly faults: FaultController;
  readonly deliveries: () => readonly D[];
  readonly settled: () => Promise<void>;
  readonly reset: () => void;
  readonly close: () => void;
}

/** The members every mock facade has (the Ummah gateway's and the providers'). */
export interface MockFacade<S, D> {
  readonly baseURL: string;
  readonly fetch: typeof fetch;
  readonly handlers: RequestHandler[];
  readonly simulate: S;
  readonly clock: Clock;
  readonly faults: FaultController;
  readonly deliveries: readonly D[];
  handle(request: Request): Promise<Response>;
  settled(): Promise<void>;
  reset(): void;
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
