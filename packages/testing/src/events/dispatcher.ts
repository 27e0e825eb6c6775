import type { Clock } from '../domain/clock';
import type { Timeline } from '../domain/test-clock';
import type { DeliveryOptions, DeliveryReport } from './delivery-options';

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
  /** The start of the receiver's answer (the first 2,000 characters), or the network error. */
  readonly responseText: string;
  readonly delivered: boolean;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

/** A retry waiting for its timer or for the test clock to pass its due time. */
interface ScheduledRetry {
  readonly dueAt: number;
  readonly run: () => Promise<void>;
}

/** How much of a receiver's answer the log keeps. */
const RESPONSE_TEXT_LIMIT = 2_000;

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000];

/**
 * Signs and POSTs events, retries failures on a schedule and logs every attempt. `dispatch` resolves
 * once every first attempt has finished (so a test that awaited a simulated checkout can assert on
 * its receiver); retries continue in the background and `settled()` waits for them.
 */
export class EventDispatcher<E> implements Timeline {
  readonly #options: DeliveryOptions;
  readonly #record: (event: E, attempt: DeliveryAttempt) => DeliveryReport;
  readonly #clock: Clock;
  readonly #inFlight = new Set<Promise<void>>();
  /** Scheduled retries, each with its due time on the mock clock so the test clock can run it early. */
  readonly #timers = new Map<ReturnType<typeof setTimeout>, ScheduledRetry>();
  #closed = false;

  /**
   * `record` logs each attempt in the API's own delivery shape and returns it (it is reported to
   * `onDelivery`); `clock` dates the retries.
   */
  constructor(
    options: DeliveryOptions,
    record: (event: E, attempt: DeliveryAttempt) => DeliveryReport,
    clock: Clock = { now: Date.now },
  ) {
    this.#options = options;
    this.#record = record;
    this.#clock = clock;
  }

  /** The mock-clock time of the earliest scheduled retry. */
  nextDueAt(): number | undefined {
    let earliest: number | undefined;
    for (const { dueAt } of this.#timers.values()) {
      if (earliest === undefined || dueAt < earliest) earliest = dueAt;
    }
    return earliest;
  }

  /** Makes every retry due on the mock clock now, instead of waiting for its timer. */
  async runDue(): Promise<void> {
    const now = this.#clock.now();
    const due = [...this.#timers].filter(([, retry]) => retry.dueAt <= now);
    await Promise.all(
      due.map(([timer, retry]) => {
        clearTimeout(timer);
        this.#timers.delete(timer);
        return retry.run();
      }),
    );
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

  /** Resolves when no attempt is in flight; scheduled retries are not waited for. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all([...this.#inFlight]);
  }

  /** Cancels scheduled retries; attempts already in flight finish. */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers.keys()) clearTimeout(timer);
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
    let responseText = '';
    try {
      const response = await send(target.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.#options.timeoutMs ?? 10_000),
      });
      responseCode = response.status;
      // Reading the body also releases the keep-alive socket.
      responseText = (await response.text().catch(() => '')).slice(0, RESPONSE_TEXT_LIMIT);
    } catch (error) {
      responseCode = null;
      responseText = error instanceof Error ? error.message : String(error);
    }
    const delivered = responseCode !== null && responseCode >= 200 && responseCode < 300;
    const report = this.#record(event, { target, headers, responseCode, responseText, delivered, attempt });
    this.#options.onDelivery?.(report);
    const delays = this.#options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    if (delivered || this.#closed || attempt > delays.length) return;
    const delay = delays[attempt - 1]!;
    const run = (): Promise<void> => this.#track(this.#attempt(event, target, body, headers, attempt + 1));
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void run();
    }, delay);
    // A pending retry must not keep a test process alive on its own (Node only; a no-op elsewhere).
    (timer as { unref?: () => void }).unref?.();
    this.#timers.set(timer, { dueAt: this.#clock.now() + delay, run });
  }
}
