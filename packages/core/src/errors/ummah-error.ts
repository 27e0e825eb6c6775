import { defineErrorKind } from './brand.js';

/** Options shared by every error of the SDK. */
export interface UmmahErrorOptions {
  /** Stable, machine-readable code; see each subclass for its default. */
  code?: string;
  /** The underlying error, when there is one (a socket error, a parser error …). */
  cause?: unknown;
  /**
   * The idempotency key the failed call carried. Retry later with the same key and the gateway
   * returns the original result instead of creating a second object.
   */
  idempotencyKey?: string | undefined;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Base class of every error thrown by the SDK. Catch this to catch them all; branch on `code`
 * (stable) rather than on `message` (human text that may change).
 *
 * Messages never contain an API key or webhook secret: errors are built only from response data
 * and request metadata, and {@link toJSON} / `util.inspect` print a fixed set of fields.
 *
 * @example
 * try { await client.request(spec) } catch (err) {
 *   if (isUmmahError(err)) console.error(err.code, err.message);
 * }
 */
export class UmmahError extends Error {
  /** Stable machine-readable code, e.g. `'card_declined'`, `'timeout'`, `'connection_error'`. */
  readonly code: string;
  /** The idempotency key of the failed call, when it had one. */
  readonly idempotencyKey: string | undefined;

  constructor(message: string, options: UmmahErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? 'ummah_error';
    this.idempotencyKey = options.idempotencyKey;
  }

  /** A plain, secret-free snapshot suitable for structured logs. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, idempotencyKey: this.idempotencyKey };
  }

  /** Node's `util.inspect` shows the same fields as {@link toJSON} plus the stack. */
  [INSPECT](): string {
    return `${this.stack ?? `${this.name}: ${this.message}`}\n${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}
defineErrorKind(UmmahError, 'UmmahError');
