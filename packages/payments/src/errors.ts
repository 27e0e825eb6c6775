import { defineErrorKind, errorGuard, InvalidRequestError, type RequestIssue, UmmahError } from '@ummah/core';

/**
 * A call was refused before anything was sent because its input does not match the gateway's
 * schema: a missing field, a decimal or negative amount, a currency that is not 3 letters, a
 * malformed email, an unknown enum value or parameter. `issues` lists every offending field.
 * Nothing reached the gateway, so nothing needs to be reconciled.
 *
 * A subclass of core's `InvalidRequestError` (code `'invalid_request'`): catching that, or using
 * `isInvalidRequestError(err)`, catches this too.
 *
 * @example
 * try {
 *   await ummah.purchases.capture(id, { amount: 12.5 });
 * } catch (err) {
 *   if (err instanceof RequestValidationError) console.error(err.issues); // [{ path: 'amount', … }]
 * }
 */
export class RequestValidationError extends InvalidRequestError {
  /** The method that refused the input, e.g. `'purchases.create'`. */
  readonly operation: string;

  constructor(operation: string, issues: RequestIssue[]) {
    const list = issues.map((issue) => `${issue.path === '' ? '(input)' : issue.path}: ${issue.message}`);
    super(`Invalid input for ${operation}(): ${list.join('; ')}`, issues);
    this.operation = operation;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation };
  }
}
defineErrorKind(RequestValidationError, 'RequestValidationError');

/**
 * `validateResponses: 'strict'` found a response that does not match the gateway's published
 * schema. The call itself succeeded on the gateway (money may have moved), so `data` holds the
 * body exactly as received: use it to reconcile before deciding what to do.
 */
export class ResponseValidationError extends UmmahError {
  /** The method whose response drifted, e.g. `'purchases.retrieve'`. */
  readonly operation: string;
  /** Every field that did not match, with what was expected. */
  readonly issues: RequestIssue[];
  /** The response body as the gateway sent it. Not included in `toJSON()`: it may hold customer data. */
  readonly data: unknown;

  constructor(operation: string, issues: RequestIssue[], data: unknown) {
    const list = issues.map((issue) => `${issue.path === '' ? '(body)' : issue.path}: ${issue.message}`);
    super(`Response of ${operation}() does not match the schema: ${list.join('; ')}`, {
      code: 'response_validation_failed',
    });
    this.operation = operation;
    this.issues = issues;
    this.data = data;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, issues: this.issues };
  }
}
defineErrorKind(ResponseValidationError, 'ResponseValidationError');

/** The statement fields these errors report: its `id` and last `status`. */
export interface StatementSnapshot {
  id: string;
  status?: string | null | undefined;
}

/**
 * `statements.createAndWait()` saw the statement reach a terminal status (failed, cancelled,
 * expired …) without a `download_url`. `statement` is the last version read from the gateway.
 */
export class StatementFailedError extends UmmahError {
  /** The statement as last read. */
  readonly statement: StatementSnapshot;

  constructor(statement: StatementSnapshot) {
    super(
      `Statement ${statement.id} ended with status "${statement.status ?? 'unknown'}" and no download_url`,
      {
        code: 'statement_failed',
      },
    );
    this.statement = statement;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), statementId: this.statement.id, status: this.statement.status };
  }
}
defineErrorKind(StatementFailedError, 'StatementFailedError');

/**
 * `statements.createAndWait()` gave up after `timeout` milliseconds. The statement keeps being
 * generated on the gateway; `statement.id` lets you retrieve it later.
 */
export class StatementTimeoutError extends UmmahError {
  /** The statement as last read. */
  readonly statement: StatementSnapshot;
  /** The deadline that passed, in milliseconds. */
  readonly timeout: number;

  constructor(statement: StatementSnapshot, timeout: number) {
    super(
      `Statement ${statement.id} was not ready after ${timeout} ms (status "${statement.status ?? 'unknown'}")`,
      {
        code: 'statement_timeout',
      },
    );
    this.statement = statement;
    this.timeout = timeout;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      statementId: this.statement.id,
      status: this.statement.status,
      timeout: this.timeout,
    };
  }
}
defineErrorKind(StatementTimeoutError, 'StatementTimeoutError');

/** True for a {@link RequestValidationError} from any copy of this package. */
export const isRequestValidationError =
  /* @__PURE__ */ errorGuard<RequestValidationError>('RequestValidationError');
/** True for a {@link ResponseValidationError} from any copy of this package. */
export const isResponseValidationError =
  /* @__PURE__ */ errorGuard<ResponseValidationError>('ResponseValidationError');
/** True for a {@link StatementFailedError} from any copy of this package. */
export const isStatementFailedError =
  /* @__PURE__ */ errorGuard<StatementFailedError>('StatementFailedError');
/** True for a {@link StatementTimeoutError} from any copy of this package. */
export const isStatementTimeoutError =
  /* @__PURE__ */ errorGuard<StatementTimeoutError>('StatementTimeoutError');
