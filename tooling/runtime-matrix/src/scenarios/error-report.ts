import {
  isAPIConnectionError,
  isAPIConnectionTimeoutError,
  isAPIError,
  isAPIUserAbortError,
  isConflictError,
  isInvalidRequestError,
  isRateLimitError,
  isUmmahError,
} from '@ummah/core';

/** What a runtime reports about an error, in JSON: every guard's verdict plus the stable fields. */
export interface ErrorReport {
  name: string;
  code: string | undefined;
  status: number | undefined;
  idempotencyKey: string | undefined;
  /** `instanceof` the class the scenario expected (same copy of the package, so it must hold). */
  instanceOfExpected: boolean;
  guards: {
    isUmmahError: boolean;
    isAPIError: boolean;
    isConflictError: boolean;
    isRateLimitError: boolean;
    isAPIConnectionError: boolean;
    isAPIConnectionTimeoutError: boolean;
    isAPIUserAbortError: boolean;
    isInvalidRequestError: boolean;
  };
}

function field<T>(error: unknown, name: string, type: 'string' | 'number'): T | undefined {
  if (typeof error !== 'object' || error === null || !(name in error)) return undefined;
  const value = (error as Record<string, unknown>)[name];
  return typeof value === type ? (value as T) : undefined;
}

/**
 * Describes an error through the public guards rather than `instanceof` on a class the scenario
 * imported: the guards are what a merchant's code uses, and they must agree on every runtime.
 */
export function describeError(
  error: unknown,
  expected: abstract new (...args: never[]) => Error,
): ErrorReport {
  return {
    name: error instanceof Error ? error.name : typeof error,
    code: field<string>(error, 'code', 'string'),
    status: field<number>(error, 'status', 'number'),
    idempotencyKey: field<string>(error, 'idempotencyKey', 'string'),
    instanceOfExpected: error instanceof expected,
    guards: {
      isUmmahError: isUmmahError(error),
      isAPIError: isAPIError(error),
      isConflictError: isConflictError(error),
      isRateLimitError: isRateLimitError(error),
      isAPIConnectionError: isAPIConnectionError(error),
      isAPIConnectionTimeoutError: isAPIConnectionTimeoutError(error),
      isAPIUserAbortError: isAPIUserAbortError(error),
      isInvalidRequestError: isInvalidRequestError(error),
    },
  };
}
