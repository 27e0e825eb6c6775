import { isConnectionReset } from '../http/connection-reset';
import { type FieldErrors, GatewayError } from '../http/gateway-error';
import type { ErrorDialect } from '../pipeline/error-response';

/** What went wrong, in words any API's error body can be built from. */
export interface ErrorFacts {
  readonly status: number;
  /** A stable snake_case code (`invalid_request`, `not_found`, …). */
  readonly code: string;
  readonly message: string;
  /** Field messages of a refused body or query, keyed by dotted path. */
  readonly details?: FieldErrors;
}

const CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'invalid_api_key',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'invalid_state',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
};

function codeFor(status: number): string {
  return CODES[status] ?? (status >= 500 ? 'server_error' : 'error');
}

/** A refusal a provider mock's handler throws; the API's dialect words it. */
export function refuse(status: number, message: string): GatewayError {
  return new GatewayError(status, { error: codeFor(status), message });
}

function detailsMessage(details: FieldErrors): string {
  return Object.entries(details)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join('; ');
}

/**
 * The facts of an error. The shared pipeline words its refusals as the Ummah gateway does (`detail`,
 * `message`, `details`); they are read back into facts here so each provider can word them its way.
 */
export function factsOf(error: unknown): ErrorFacts {
  if (!(error instanceof GatewayError)) {
    return { status: 500, code: 'server_error', message: 'Unexpected internal error.' };
  }
  const { status, body } = error;
  const details = body.details as FieldErrors | undefined;
  if (status === 400 && details && typeof details === 'object' && Object.keys(details).length > 0) {
    return { status, code: 'invalid_request', message: detailsMessage(details), details };
  }
  const text = body.message ?? body.detail;
  return { status, code: codeFor(status), message: typeof text === 'string' ? text : `Request failed.` };
}

/** An error dialect from how a provider shapes an error body. */
export function providerErrors(shape: (facts: ErrorFacts) => Record<string, unknown>): ErrorDialect {
  return {
    resultFor: (error) => {
      if (isConnectionReset(error)) throw error;
      const facts = factsOf(error);
      const headers = error instanceof GatewayError ? error.headers : {};
      return { status: facts.status, body: shape(facts), headers };
    },
    bodyForStatus: (status) =>
      shape({ status, code: codeFor(status), message: `Request failed with status ${status}.` }),
  };
}

/**
 * The error body of the providers that do not document theirs (Plumaas, Plexos, Plugipay): a code,
 * a message and, for a refused request, the field messages.
 */
export const codedErrors = providerErrors(({ code, message, details }) =>
  details ? { error: code, message, details } : { error: code, message },
);
