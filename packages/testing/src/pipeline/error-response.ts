import { DomainError } from '../domain/errors';
import type { ErrorHandler } from '../http/compose';
import { isConnectionReset } from '../http/connection-reset';
import { badRequest, conflict, errorBodyForStatus, GatewayError, notFound } from '../http/gateway-error';
import type { MockResult } from '../http/mock-result';
import type { GatewayContext } from './request-context';

/**
 * The gateway's answer to an error: HTTP errors as they are, domain refusals mapped to the gateway's
 * statuses and bodies (the one place that does so), anything unexpected as a 500.
 */
export function gatewayErrorFor(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof DomainError) {
    switch (error.code) {
      case 'not_found':
        return notFound(error.message);
      case 'invalid_state':
        return conflict(error.message);
      case 'invalid_fields':
        return badRequest({ ...error.fields });
    }
  }
  return new GatewayError(500, errorBodyForStatus(500));
}

/** How an API words its error answers: what an error becomes, and the body of a bare status. */
export interface ErrorDialect {
  /** The answer to an error a step threw. */
  readonly resultFor: (error: unknown) => MockResult;
  /** The body of an answer that only has a status (an injected fault). */
  readonly bodyForStatus: (status: number) => Record<string, unknown>;
}

/** The Ummah gateway's error answers. */
export const UMMAH_ERRORS: ErrorDialect = {
  resultFor: (error) => gatewayErrorFor(error).toResult(),
  bodyForStatus: errorBodyForStatus,
};

/**
 * The pipeline's error handler: turns an error into the answer in the API's words. An injected
 * connection reset, and anything once the caller has aborted, propagate instead: there is no one to
 * answer.
 */
export function answerError(dialect: ErrorDialect): ErrorHandler<GatewayContext> {
  return (error, context) => {
    if (isConnectionReset(error) || context.request.signal.aborted) throw error;
    context.result = dialect.resultFor(error);
  };
}
