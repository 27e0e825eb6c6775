import { excerpt } from '../internal/excerpt.js';
import { redactBody, redactResponseHeaders, redactSecrets } from '../logging/redact.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import type { APIError } from './api-error.js';
import { createAPIError } from './create-api-error.js';
import { type ParsedErrorBody, parseErrorBody } from './parse-error-body.js';

/** Stable code per status, used when the body carries no code of its own. */
const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'authentication_error',
  402: 'payment_required',
  403: 'permission_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
};

/** Fallback messages per status for empty or unhelpful bodies. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Inputs of {@link buildAPIError}. */
export interface BuildAPIErrorInput {
  status: number;
  /** The raw body text ('' when empty or unreadable). */
  text: string;
  headers: Headers;
  idempotencyKey: string | undefined;
  requestIdHeader: string;
  /** Provider parser; when absent or when it throws, the default parser is used. */
  parser?: ((status: number, body: unknown) => ParsedErrorBody) | undefined;
  /** Strings (the API key) masked wherever they appear in the error. */
  secrets: readonly string[];
}

const isStringArrayRecord = (v: unknown): v is Record<string, string[]> =>
  typeof v === 'object' &&
  v !== null &&
  Object.values(v).every((x) => Array.isArray(x) && x.every((s) => typeof s === 'string'));

/**
 * Turns any error response into the right {@link APIError} subclass. Total: whatever the body
 * (JSON of any shape, HTML, binary noise, empty) the result is an APIError, never a SyntaxError.
 */
export function buildAPIError(input: BuildAPIErrorInput): APIError {
  const { status, text, secrets } = input;
  const headers = redactResponseHeaders(input.headers, secrets);
  let body: unknown;
  let isJSON = false;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
      isJSON = true;
    } catch {
      body = excerpt(redactSecrets(text, secrets));
    }
  }

  const defaults = parseErrorBody(isJSON ? body : undefined);
  let parsed: ParsedErrorBody = defaults;
  if (input.parser !== undefined) {
    try {
      const custom = input.parser(status, isJSON ? body : text);
      if (typeof custom === 'object' && custom !== null) parsed = custom;
    } catch {
      // A provider parser that chokes on an unexpected body must not hide the HTTP error itself.
    }
  }

  const fallbackText = STATUS_TEXT[status] ?? (status >= 500 ? 'Server Error' : 'Error');
  let message =
    typeof parsed.message === 'string' && parsed.message !== ''
      ? parsed.message
      : !isJSON && typeof body === 'string' && body !== ''
        ? `${fallbackText}: ${body}`
        : fallbackText;
  // Mask first, then cut: a key cut in two by the limit would otherwise leak all but its tail.
  message = redactSecrets(message, secrets);
  if (message.length > 500) message = `${message.slice(0, 499)}…`;

  const code =
    typeof parsed.code === 'string' && parsed.code !== ''
      ? parsed.code
      : (STATUS_CODES[status] ?? (status >= 500 ? 'server_error' : 'api_error'));
  const details = isStringArrayRecord(parsed.details) ? parsed.details : {};
  const retryAfterMs = status === 429 ? parseRetryAfter(headers) : undefined;

  return createAPIError({
    status,
    code,
    message,
    details: Object.fromEntries(
      Object.entries(details).map(([field, messages]) => [
        field,
        messages.map((m) => redactSecrets(m, secrets)),
      ]),
    ),
    requestId: headers.get(input.requestIdHeader) ?? undefined,
    headers,
    body: redactBody(body, secrets),
    idempotencyKey: input.idempotencyKey,
    declineCode: defaults.declineCode,
    retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
  });
}
