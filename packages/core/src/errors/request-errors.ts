import { defineErrorKind } from './brand.js';
import { UmmahError } from './ummah-error.js';

/**
 * The client was constructed with a missing, empty or malformed API key, or with invalid options.
 * Thrown synchronously by the constructor so a misconfigured app fails at start-up, not mid-checkout.
 * The message names the problem, never the key.
 */
export class ConfigurationError extends UmmahError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'configuration_error', cause: options.cause });
  }
}
defineErrorKind(ConfigurationError, 'ConfigurationError');

/** One problem found in request input before it was sent. */
export interface RequestIssue {
  /** Dotted path of the offending field, e.g. `'purchase.products.0.price'`; `''` for the whole input. */
  path: string;
  /** Human-readable explanation. */
  message: string;
}

/**
 * Request input was refused before anything was sent (a negative amount, a bad currency code, an
 * unsafe path segment). Nothing reached the gateway, so nothing needs to be retried or reconciled.
 *
 * @example
 * throw new InvalidRequestError('amount must be an integer', [{ path: 'amount', message: 'Expected integer' }]);
 */
export class InvalidRequestError extends UmmahError {
  /** Every problem found, in input order. */
  readonly issues: RequestIssue[];

  constructor(message: string, issues: RequestIssue[] = [], options: { cause?: unknown } = {}) {
    super(message, { code: 'invalid_request', cause: options.cause });
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}
defineErrorKind(InvalidRequestError, 'InvalidRequestError');
