import type { WebCryptoKey } from '@ummah/webhooks';
import { signWebhook } from '@ummah/webhooks';
import { type Clock, unixSeconds } from '../domain/clock';
import type { EventSource, WebhookEventBody } from '../domain/event-types';
import { newId } from '../domain/ids';
import type { DeliveryRecord } from '../domain/records';
import type { DeliveryOptions } from './delivery-options';

/** Where one event goes and with which key it is signed. */
export interface DeliveryTarget {
  readonly url: string;
  readonly privateKey: WebCryptoKey;
  /** The webhook it belongs to; null for a purchase's `success_callback`. */
  readonly webhookId: string | null;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000];

/**
 * Signs and POSTs events, retries failures on a schedule and logs every attempt. `dispatch` resolves
 * once every first attempt has finished (so a test that awaited a simulated checkout can assert on
 * its receiver); retries continue in the background and `settled()` waits for them.
 */
export class EventDispatcher {
  readonly #options: DeliveryOptions;
  readonly #log: DeliveryRecord[];
  readonly #clock: Clock;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;

  constructor(options: DeliveryOptions, log: DeliveryRecord[], clock: Clock) {
    this.#options = options;
    this.#log = log;
    this.#clock = clock;
  }

  /** Signs the event once per target and makes the first delivery attempts. */
  dispatch(
    event: WebhookEventBody,
    source: EventSource,
    targets: Promise<readonly DeliveryTarget[]>,
  ): Promise<void> {
    if (this.#options.enabled === false || this.#closed) return Promise.resolve();
    const body = JSON.stringify(event);
    // Tracked as a whole (key lookup and signing included) so `settled()` never misses an event.
    return this.#track(
      targets.then(async (list) => {
        await Promise.all(
          list.map(async (target) => {
            // The verifier package's own signer, so mock and verifier can never disagree on the scheme.
            const signed = await signWebhook({
              scheme: 'ummah',
              payload: body,
              privateKey: target.privateKey,
            });
            const signature = signed.headers['x-signature']!;
            await this.#track(this.#attempt(event, source, target, body, signature, 1));
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
    event: WebhookEventBody,
    source: EventSource,
    target: DeliveryTarget,
    body: string,
    signature: string,
    attempt: number,
  ): Promise<void> {
    const send = this.#options.fetch ?? globalThis.fetch;
    let responseCode: number | null = null;
    try {
      const response = await send(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-signature': signature,
          'user-agent': 'ummah-mock/webhooks',
        },
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
    this.#log.push({
      id: newId('delivery'),
      event: event.type,
      event_id: event.id,
      status: delivered ? 'delivered' : 'failed',
      response_code: responseCode,
      sent_at: unixSeconds(this.#clock),
      attempts: attempt,
      url: target.url,
      webhook_id: target.webhookId,
      source_id: source.id,
      source_type: source.type,
      payload: event,
    });
    const delays = this.#options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    if (delivered || this.#closed || attempt > delays.length) return;
    const timer = setTimeout(
      () => {
        this.#timers.delete(timer);
        void this.#track(this.#attempt(event, source, target, body, signature, attempt + 1));
      },
      delays[attempt - 1],
    );
    // A pending retry must not keep a test process alive on its own (Node only; a no-op elsewhere).
    (timer as { unref?: () => void }).unref?.();
    this.#timers.add(timer);
  }
}
