import { DomainError } from '../domain/errors';
import { isConnectionReset } from '../http/connection-reset';
import { badRequest, conflict, errorBodyForStatus, GatewayError, notFound } from '../http/gateway-error';
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

/**
 * The pipeline's error handler: turns an error into the answer. An injected connection reset, and
 * anything once the caller has aborted, propagate instead: there is no one to answer.
 */
export function answerError(error: unknown, context: GatewayContext): void {
  if (isConnectionReset(error) || context.request.signal.aborted) throw error;
  context.result = gatewayErrorFor(error).toResult();
}
