import { idempotencyMismatch } from './gateway-error';
import type { MockResult } from './mock-result';

interface Entry {
  readonly fingerprint: string;
  readonly result: Promise<MockResult>;
}

/** The outcome of running a request under an idempotency key. */
export interface IdempotentOutcome {
  readonly result: MockResult;
  /** True when the stored response of an earlier request was returned. */
  readonly replayed: boolean;
}

/**
 * Remembers the response to each `Idempotency-Key` (per API key): the same key with the same request
 * returns the original response without running it again; the same key with a different request is
 * refused with 422. A concurrent duplicate waits for the first one instead of running twice.
 * 5xx responses are not remembered, so a retry after a server failure runs again, as on the gateway.
 */
export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();

  /** Runs `execute` once per (scope, key) and replays its result afterwards. */
  async run(
    scope: string,
    key: string,
    fingerprint: string,
    execute: () => Promise<MockResult>,
  ): Promise<IdempotentOutcome> {
    const storeKey = `${scope}\u0000${key}`;
    const existing = this.#entries.get(storeKey);
    if (existing) {
      if (existing.fingerprint !== fingerprint) throw idempotencyMismatch();
      return { result: await existing.result, replayed: true };
    }
    const result = execute();
    this.#entries.set(storeKey, { fingerprint, result });
    try {
      const settled = await result;
      if (settled.status >= 500) this.#entries.delete(storeKey);
      return { result: settled, replayed: false };
    } catch (error) {
      this.#entries.delete(storeKey);
      throw error;
    }
  }

  /** Forgets every key. */
  clear(): void {
    this.#entries.clear();
  }
}
