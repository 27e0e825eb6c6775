import { newId } from '../domain/ids';
import { compose } from '../http/compose';
import type { FaultController } from '../http/faults';
import type { IdempotencyStore } from '../http/idempotency';
import { toResponse } from '../http/mock-result';
import type { MockExchange } from '../options';
import { type Authenticator, authenticateRequest } from './authenticate-request';
import { answerError, type ErrorDialect } from './error-response';
import { injectFaults } from './inject-faults';
import { readBody } from './read-body';
import { replayIdempotent } from './replay-idempotent';
import { reportResponse } from './report-response';
import { createContext } from './request-context';
import { type RouteTable, routeRequest } from './route-request';
import { runHandler } from './run-handler';
import { validateInput } from './validate-input';

/** What the pipeline works with. */
export interface PipelineParts {
  readonly routes: RouteTable;
  readonly faults: FaultController;
  readonly idempotency: IdempotencyStore;
  /** The API base URL, read per request (the server learns its port after start). */
  readonly base: () => URL;
  /** Checks the credentials of API requests. */
  readonly authenticate: Authenticator;
  /** How errors are worded. */
  readonly errors: ErrorDialect;
  readonly onResponse?: (exchange: MockExchange) => void;
}

/**
 * The mock's request pipeline: an ordered list of middleware around the route handler, outermost
 * first. Each step's errors become the gateway's error answers in one place (`answerError`), so every
 * outer step sees an answer. Resolves to the `Response`; rejects with `MockConnectionReset` when a
 * fault drops the connection, and with the abort reason when the caller aborts during a delay.
 */
export function createPipeline(parts: PipelineParts): (request: Request) => Promise<Response> {
  const run = compose(
    [
      reportResponse(parts.onResponse),
      injectFaults(parts.faults, parts.errors.bodyForStatus),
      routeRequest(parts.routes, parts.base),
      authenticateRequest(parts.authenticate),
      readBody,
      replayIdempotent(parts.idempotency),
      validateInput,
      runHandler,
    ],
    answerError(parts.errors),
  );
  return async (request) => {
    const context = createContext(request, parts.base());
    await run(context);
    const headers: Record<string, string> = { 'x-request-id': newId('request') };
    if (context.replayed) headers['idempotent-replayed'] = 'true';
    return toResponse(context.result ?? { status: 500 }, headers);
  };
}
