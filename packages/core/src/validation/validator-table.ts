import type { OperationValidatorSet, SafeParseResult, StructuralValidator } from '../operations/types.js';
import type { Check } from './checks.js';
import type { SchemaIssue } from './schema-issue.js';

/** A {@link Check} as the validator `OperationCaller` takes; on success the input is not copied. */
export function validator(check: Check): StructuralValidator<SchemaIssue> {
  return {
    safeParse(value): SafeParseResult<SchemaIssue> {
      const issues: SchemaIssue[] = [];
      check(value, [], issues);
      return issues.length === 0 ? { success: true } : { success: false, error: { issues } };
    },
  };
}

/** The checks of one operation, as the generator writes them. */
export interface OperationChecks {
  readonly query: Check | null;
  readonly body: Check | null;
  readonly bodyRequired: boolean;
  readonly response: Check;
}

/**
 * The generated checks of every operation as `OperationCaller`'s validator table.
 *
 * @example
 * const caller = new OperationCaller(client, { routes, validators: validatorTable(checks) });
 */
export function validatorTable<K extends string>(
  checks: Readonly<Record<K, OperationChecks>>,
): Readonly<Record<K, OperationValidatorSet<SchemaIssue>>> {
  const table = {} as Record<K, OperationValidatorSet<SchemaIssue>>;
  for (const id of Object.keys(checks) as K[]) {
    const { query, body, bodyRequired, response } = checks[id];
    table[id] = {
      query: query === null ? null : validator(query),
      body: body === null ? null : validator(body),
      bodyRequired,
      response: validator(response),
    };
  }
  return table;
}
