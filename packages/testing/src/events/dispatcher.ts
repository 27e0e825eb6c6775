import type { DeliveryOptions } from './delivery-options';

/**
 * Where one event goes and how it is signed there. `sign` returns the signature headers of a body,
 * in the scheme of the API (RSA for Ummah, each provider's HMAC for the others).
 */
export interface DeliveryTarget {
  readonly url: string;
  /** The webhook it belongs to; null for a purchase's `success_callback`. */
  readonly webhookId: string | null;
  readonly sign: (body: string) => Promise<Record<string, string>>;
}

/** One finished delivery attempt, as the dispatcher reports it to be logged. */
export interface DeliveryAttempt {
  readonly target: DeliveryTarget;
  /** The request headers sent, signature included. */
  readonly headers: Readonly<Record<string, string>>;
  /** The receiver's status; null on a network error or timeout. */
  readonly responseCode: number | null;
  readonly delivered: boolean;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000];

/**
 * Signs and POSTs events, retries failures on a schedule and logs every attempt. `dispatch` resolves
 * once every first attempt has finished (so a test that awaited a simulated checkout can assert on
 * its receiver); retries continue in the background and `settled()` waits for them.
 */
export class EventDispatcher<E> {
  readonly #options: DeliveryOptions;
  readonly #record: (event: E, attempt: DeliveryAttempt) => void;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;

  /** `record` logs each attempt in the API's own delivery shape. */
  constructor(options: DeliveryOptions, record: (event: E, attempt: DeliveryAttempt) => void) {
    this.#options = options;
    this.#record = record;
  }

  /** Signs the event once per target and makes the first delivery attempts. */
  dispatch(event: E, body: string, targets: Promise<readonly DeliveryTarget[]>): Promise<void> {
    if (this.#options.enabled === false || this.#closed) return Promise.resolve();
    // Tracked as a whole (key lookup and signing included) so `settled()` never misses an event.
    return this.#track(
      targets.then(async (list) => {
        await Promise.all(
          list.map(async (target) => {
            const headers = {
              'content-type': 'application/json',
              'user-agent': 'ummah-mock/webhooks',
              ...(await target.sign(body)),
            };
            await this.#track(this.#attempt(event, target, body, headers, 1));
          }),
        );
      }),
    );
  }

  /** Resolves when no delivery attempt is in flight or scheduled. */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0 || this.#timers.size > 0) {
      if (this.#inFlight.size > 0) await Promise.all([...this.#inFlight]);
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Cancels scheduled retries; attempts already in flight finish. */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  /** Re-opens after `close()` (used by `reset()`). */
  reopen(): void {
    this.#closed = false;
  }

  #track(work: Promise<void>): Promise<void> {
    this.#inFlight.add(work);
    return work.finally(() => this.#inFlight.delete(work));
  }

  async #attempt(
    event: E,
    target: DeliveryTarget,
    body: string,
    headers: Record<string, string>,
    attempt: number,
  ): Promise<void> {
    const send = this.#options.fetch ?? globalThis.fetch;
    let responseCode: number | null = null;
    try {
      const response = await send(target.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.#options.timeoutMs ?? 10_000),
      });
      responseCode = response.status;
      // Drain the body so keep-alive sockets are released.
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      responseCode = null;
    }
    const delivered = responseCode !== null && responseCode >= 200 && responseCode < 300;
    this.#record(event, { target, headers, responseCode, delivered, attempt });
    const delays = this.#options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    if (delivered || this.#closed || attempt > delays.length) return;
    const timer = setTimeout(
      () => {
        this.#timers.delete(timer);
        void this.#track(this.#attempt(event, target, body, headers, attempt + 1));
      },
      delays[attempt - 1],
    );
    // A pending retry must not keep a test process alive on its own (Node only; a no-op elsewhere).
    (timer as { unref?: () => void }).unref?.();
    this.#timers.add(timer);
  }
}
