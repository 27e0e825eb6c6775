import { InvalidRequestError } from '../errors/request-errors.js';
import { Deadline } from '../internal/deadline.js';
import { isFastTransport } from '../internal/fast-transport.js';
import type { Call, CallState } from './call.js';
import { checkHeaders } from './check-headers.js';
import { sendsCredentials } from './credentials.js';
import type { EngineConfig } from './engine-config.js';

/** Largest delay `setTimeout` accepts. */
const MAX_TIMER = 2_147_483_647;

/**
 * Checks a call's options and builds what every attempt shares: the headers (credentials only for
 * the API's origin; the idempotency key generated once, so every retry carries the same one), the
 * serialised body and the deadline. Throws `InvalidRequestError` before anything is sent.
 */
export function prepareCall(config: EngineConfig, call: Call): CallState {
  checkOptions(call.options);
  const { options } = call;
  if (options.timeout !== undefined && !(Number.isFinite(options.timeout) && options.timeout > 0)) {
    throw new InvalidRequestError('`timeout` must be a positive number of ms.', [
      { path: 'options.timeout', message: 'Expected a positive number' },
    ]);
  }
  if (
    options.maxRetries !== undefined &&
    !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0)
  ) {
    throw new InvalidRequestError('`maxRetries` must be a non-negative integer.', [
      { path: 'options.maxRetries', message: 'Expected a non-negative integer' },
    ]);
  }
  const shared = sendsCredentials(config.credentials, call.url) ? config.callHeaders : config.baseHeaders;
  const raw = call.responseType !== undefined && call.responseType !== 'json';
  // The shared header object is used as is when the call adds nothing of its own (a plain GET on
  // the built-in transport, which never mutates it); anything else works on a copy.
  const custom =
    options.headers !== undefined || options.idempotencyKey !== undefined || call.body !== undefined || raw;
  const headers: Record<string, string> =
    custom || call.method === 'POST' || !isFastTransport(config.transport) ? { ...shared } : shared;
  // A file is whatever type it is; asking for JSON could make a storage host refuse it.
  if (raw) headers.accept = '*/*';
  if (options.headers !== undefined) {
    checkHeaders(options.headers as Record<string, string>, 'options.headers');
    for (const name of Object.keys(options.headers))
      headers[name.toLowerCase()] = options.headers[name] as string;
  }
  let idempotencyKey = options.idempotencyKey ?? headers[config.idempotencyHeader];
  if (idempotencyKey !== undefined) checkIdempotencyKey(idempotencyKey);
  // Every POST gets a key, generated once here and therefore identical on every retry.
  if (idempotencyKey === undefined && call.method === 'POST') idempotencyKey = crypto.randomUUID();
  if (idempotencyKey !== undefined) headers[config.idempotencyHeader] = idempotencyKey;

  let payload: string | undefined;
  if (call.body !== undefined) {
    try {
      payload = JSON.stringify(call.body);
    } catch (cause) {
      throw new InvalidRequestError('The request body cannot be serialised as JSON.', [], { cause });
    }
    headers['content-type'] = 'application/json';
  }

  const deadline = new Deadline(Math.min(options.timeout ?? config.timeout, MAX_TIMER), options.signal);
  return { config, call, headers, payload, idempotencyKey, deadline };
}

/** Refuses options that are not an object, or whose `headers`/`signal` have the wrong type. */
function checkOptions(options: unknown): void {
  const refuse = (path: string, message: string): never => {
    throw new InvalidRequestError(`\`${path}\` is not valid: ${message}.`, [{ path, message }]);
  };
  if (typeof options !== 'object' || options === null) refuse('options', 'expected an object');
  const { headers, signal } = options as { headers?: unknown; signal?: unknown };
  if (headers !== undefined && (typeof headers !== 'object' || headers === null || Array.isArray(headers)))
    refuse('options.headers', 'expected an object of strings');
  if (
    signal !== undefined &&
    (typeof signal !== 'object' ||
      signal === null ||
      typeof (signal as AbortSignal).aborted !== 'boolean' ||
      typeof (signal as AbortSignal).addEventListener !== 'function')
  )
    refuse('options.signal', 'expected an AbortSignal');
}

/** Refuses an idempotency key that is empty or cannot be sent in a header. */
function checkIdempotencyKey(key: unknown): void {
  if (typeof key !== 'string' || key.trim() === '' || /[\r\n\0\u0100-\uffff]/.test(key)) {
    throw new InvalidRequestError(
      'The idempotency key must be a non-empty string without CR, LF, NUL or characters above U+00FF.',
      [{ path: 'options.idempotencyKey', message: 'Expected a non-empty header-safe string' }],
    );
  }
}
