import type { Logger, SchemaIssue, StructuralValidator } from '@ummah/core';
import { ResponseValidationError } from '../errors.js';
import { formatIssues } from './format-issues.js';

/**
 * What to do when a response does not match the published schema.
 * - `'off'`: nothing; the response is returned as received.
 * - `'warn'`: log one warning per distinct drift (operation + fields), return the response.
 * - `'strict'`: reject with `ResponseValidationError` (which carries the response as `data`).
 */
export type ResponseValidationMode = 'off' | 'warn' | 'strict';

/** The response policy of one `Ummah` instance. */
export interface ResponseCheck {
  mode: ResponseValidationMode;
  /** Where `'warn'` writes; `undefined` when the configured log level silences warnings. */
  logger: Logger | undefined;
  /** Drifts already reported, so a busy integration logs each one once rather than per call. */
  reported: Set<string>;
}

/**
 * Checks `data` against the operation's response schema. The data is never replaced by the
 * validator's output: the merchant always gets every field exactly as the gateway sent it.
 */
export function checkResponse(
  check: ResponseCheck,
  operation: string,
  schema: StructuralValidator<SchemaIssue>,
  data: unknown,
): void {
  if (check.mode === 'off') return;
  const result = schema.safeParse(data);
  if (result.success) return;
  const issues = formatIssues(result.error.issues, data);
  if (check.mode === 'strict') throw new ResponseValidationError(operation, issues, data);
  const signature = `${operation} ${issues.map((issue) => issue.path).join(',')}`;
  if (check.reported.has(signature)) return;
  check.reported.add(signature);
  check.logger?.warn(`[ummah] Response of ${operation}() does not match the schema; returned unchanged.`, {
    operation,
    issues,
  });
}
