import { APIUserAbortError, isAPIUserAbortError, sleep } from '@ummah/core';
import { StatementFailedError, StatementTimeoutError } from '../errors.js';

/** The fields of a company statement the poller reads; everything else is passed through untouched. */
export interface PollableStatement {
  id: string;
  status?: string | null | undefined;
  download_url?: string | null | undefined;
}

/**
 * Statuses after which no `download_url` will ever appear. The reference documents `processing`
 * only; the platform behind the gateway also reports these terminal failures.
 */
const FAILED_STATUSES = new Set(['failed', 'error', 'cancelled', 'canceled', 'expired']);

/** Options of `statements.createAndWait()`. */
export interface WaitForStatementOptions {
  /**
   * Milliseconds between two status checks.
   * @default 2000
   */
  pollInterval?: number;
  /**
   * Milliseconds after which waiting stops with a `StatementTimeoutError`. The statement keeps
   * generating on the gateway; retrieve it later by id.
   * @default 300000
   */
  timeout?: number;
  /** Stops waiting (and any status check in flight) with an `APIUserAbortError`. */
  signal?: AbortSignal;
}

export const DEFAULT_POLL_INTERVAL = 2_000;
export const DEFAULT_WAIT_TIMEOUT = 300_000;

/** True when the statement can be downloaded. */
export function isStatementReady(statement: PollableStatement): boolean {
  return typeof statement.download_url === 'string' && statement.download_url !== '';
}

function isStatementFailed(statement: PollableStatement): boolean {
  return typeof statement.status === 'string' && FAILED_STATUSES.has(statement.status.toLowerCase());
}

function checkPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of milliseconds ≥ 0`);
  }
}

/**
 * Throws `RangeError` for a `pollInterval` that is not a finite number > 0 (0 would re-read the
 * statement in a tight loop against the gateway) or a `timeout` that is not a finite number ≥ 0.
 */
export function checkWaitOptions(options: WaitForStatementOptions): void {
  const pollInterval = options.pollInterval ?? DEFAULT_POLL_INTERVAL;
  if (!Number.isFinite(pollInterval) || pollInterval <= 0) {
    throw new RangeError('pollInterval must be a finite number of milliseconds > 0');
  }
  checkPositive('timeout', options.timeout ?? DEFAULT_WAIT_TIMEOUT);
}

/**
 * Re-reads a statement until it has a `download_url`, fails, or the deadline passes.
 *
 * A private `AbortController` joins the merchant's signal and the deadline, so a status check in
 * flight is cut off by either one; which of the two fired decides the error that is thrown.
 *
 * @param first The statement as returned by `create`.
 * @param retrieve Reads the statement again; receives the joint signal.
 */
export async function pollStatement<S extends PollableStatement>(
  first: S,
  retrieve: (id: string, signal: AbortSignal) => Promise<S>,
  options: WaitForStatementOptions = {},
): Promise<S> {
  checkWaitOptions(options);
  const pollInterval = options.pollInterval ?? DEFAULT_POLL_INTERVAL;
  const timeout = options.timeout ?? DEFAULT_WAIT_TIMEOUT;

  const controller = new AbortController();
  const deadlineReason = new StatementTimeoutError(first, timeout);
  const onUserAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onUserAbort, { once: true });
  const deadline = setTimeout(() => controller.abort(deadlineReason), timeout);

  let latest = first;
  try {
    while (true) {
      if (isStatementReady(latest)) return latest;
      if (isStatementFailed(latest)) throw new StatementFailedError(latest);
      if (options.signal?.aborted) throw new APIUserAbortError({ cause: options.signal.reason });
      await sleep(pollInterval, controller.signal);
      latest = await retrieve(latest.id, controller.signal);
    }
  } catch (error) {
    if (controller.signal.reason === deadlineReason) throw new StatementTimeoutError(latest, timeout);
    if (options.signal?.aborted && !isAPIUserAbortError(error)) {
      throw new APIUserAbortError({ cause: options.signal.reason });
    }
    throw error;
  } finally {
    clearTimeout(deadline);
    options.signal?.removeEventListener('abort', onUserAbort);
  }
}
