// The exactly-once core of `createWebhookHandler`, shared by its Web and Express adapters: verify, take
// the event's lease in the shared store, run `handle`, then mark the event done or give the lease back.
// Every answer that is not 2xx makes the provider retry, so an event is never answered as processed
// before it was, and never processed while another instance holds it.
import { fail, WebhookVerificationError, type WebhookVerificationErrorCode } from '../errors.js';
import type { VerifyBackend } from '../internal/backend.js';
import { replayKey } from '../replay-key.js';
import { createMemoryReplayStore } from '../replay-store.js';
import type { HeadersInput, WebhookPayload } from '../types/delivery.js';
import type { VerifyWebhookOptions } from '../types/verify-options.js';
import type { LeaseResult } from '../types/webhook-event-store.js';
import type {
  WebhookHandlerContext,
  WebhookHandlerSettings,
  WebhookHandlerVerifyOptions,
} from '../types/webhook-handler-options.js';
import { verifyWith } from '../verify.js';
import { type Reply, refusal, replyFor } from './reply.js';

const DEFAULT_LEASE_SECONDS = 60;
const DEFAULT_TTL_SECONDS = 259_200; // three days

/** How a `handle` call ended: its outcome, or the lease running out first. */
type Settled = { ok: true } | { ok: false; error: unknown };
const EXPIRED = Symbol('lease expired');
const STATES: ReadonlySet<unknown> = new Set(['acquired', 'processing', 'done']);

/** A handler's options as its adapters pass them on, whatever the scheme. */
export type HandlerOptions<Context> = WebhookHandlerVerifyOptions & WebhookHandlerSettings<unknown, Context>;

/** A handler's core: `deliver` one request's body and headers, or answer a body that could not be read. */
export interface DeliveryHandler<Context> {
  deliver(payload: WebhookPayload, headers: HeadersInput, context: Context): Promise<Reply>;
  refuse(error: WebhookVerificationError): Reply;
}

function positiveSeconds(name: string, value: unknown, most = Number.MAX_VALUE): number {
  if (!(typeof value === 'number' && value > 0 && value <= most)) {
    fail('INVALID_OPTIONS', `${name} must be a positive number of seconds, at most ${most}.`);
  }
  return value;
}

/** Validate a handler's options once, when it is created, and build its core. */
export function createDeliveryHandler<Context extends object>(
  backend: VerifyBackend,
  options: HandlerOptions<Context>,
): DeliveryHandler<Context> {
  if (options === null || typeof options !== 'object') fail('INVALID_OPTIONS', 'Options missing.');
  const {
    handle,
    store = createMemoryReplayStore(),
    leaseSeconds = DEFAULT_LEASE_SECONDS,
    ttlSeconds = DEFAULT_TTL_SECONDS,
    onError,
    ...verifyOptions
  } = options;
  if (typeof handle !== 'function') fail('INVALID_OPTIONS', 'handle must be a function.');
  if (!['acquire', 'complete', 'release'].every((name) => typeof (store as never)[name] === 'function')) {
    fail('INVALID_OPTIONS', 'store must have acquire, complete and release (a WebhookEventStore).');
  }
  if ((verifyOptions as { replayGuard?: unknown }).replayGuard !== undefined) {
    fail('INVALID_OPTIONS', 'A handler deduplicates through its store; pass no replayGuard.');
  }
  // The lease is also a timer, and timers cannot wait longer than 2^31 - 1 milliseconds.
  positiveSeconds('leaseSeconds', leaseSeconds, 2_000_000);
  if (positiveSeconds('ttlSeconds', ttlSeconds) < leaseSeconds) {
    fail('INVALID_OPTIONS', 'ttlSeconds must be at least leaseSeconds.');
  }
  const leaseMs = Math.ceil(leaseSeconds * 1000);
  const retryLater = Math.ceil(leaseSeconds);

  /** Tell `onError` why a delivery was not processed as it should have been, and return the reason. */
  function report(code: WebhookVerificationErrorCode, message: string, key?: string, cause?: unknown) {
    const error = new WebhookVerificationError(code, message, cause === undefined ? undefined : { cause });
    onError?.(error, { key });
    return error;
  }

  function refuse(error: WebhookVerificationError): Reply {
    onError?.(error, {});
    return refusal(error);
  }

  /** Mark the event done after `handle` succeeded, or give its lease back after it failed. */
  async function finish(settled: Settled, key: string, owner: string): Promise<Reply> {
    if (!settled.ok) {
      try {
        await store.release(key, owner);
      } catch (cause) {
        // The lease then runs out by itself, and the provider's retry after that is processed.
        report('STORE_UNAVAILABLE', 'The lease could not be released.', key, cause);
      }
      return replyFor(report('HANDLER_FAILED', 'handle failed.', key, settled.error), 500);
    }
    try {
      if (!(await store.complete(key, owner, ttlSeconds))) {
        report('LEASE_LOST', 'Another instance took the event over before handle finished.', key);
      }
    } catch (cause) {
      // The work is done: answering 5xx would have the provider send it again once the lease ran out.
      report('STORE_UNAVAILABLE', 'The event was processed but not recorded as done.', key, cause);
    }
    return { status: 200, body: { received: true } };
  }

  /** Run `handle` under the lease; answer 503 if the lease runs out first, and finish in the background. */
  async function run(event: unknown, key: string, owner: string, context: WebhookHandlerContext & Context) {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expiry = new Promise<typeof EXPIRED>((resolve) => {
      timer = setTimeout(resolve, leaseMs, EXPIRED);
    });
    const settled: Promise<Settled> = Promise.resolve()
      .then(() => handle(event as never, { ...context, signal: controller.signal }))
      .then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, error }),
      );
    const first = await Promise.race([settled, expiry]);
    clearTimeout(timer);
    if (first !== EXPIRED) return finish(first, key, owner);
    const error = report('LEASE_EXPIRED', `handle ran past leaseSeconds (${leaseSeconds}).`, key);
    controller.abort(error);
    // Whatever `handle` still does is recorded with the same owner checks: done only if nobody took over.
    settled.then((late) => finish(late, key, owner)).catch(() => undefined);
    return replyFor(error, 503, 1);
  }

  return {
    refuse,
    async deliver(payload, headers, adapterContext) {
      let event: unknown;
      try {
        event = await verifyWith(backend, { ...verifyOptions, payload, headers } as VerifyWebhookOptions);
      } catch (error) {
        if (error instanceof WebhookVerificationError) return refuse(error);
        throw error;
      }
      const key = replayKey((verifyOptions as VerifyWebhookOptions).scheme, headers, event);
      const owner = globalThis.crypto.randomUUID();
      let lease: LeaseResult;
      try {
        lease = await store.acquire(key, owner, leaseSeconds);
        if (!STATES.has(lease?.state)) throw new TypeError('acquire did not answer a LeaseResult.');
      } catch (cause) {
        const error = report(
          'STORE_UNAVAILABLE',
          'The event store failed; nothing was processed.',
          key,
          cause,
        );
        return replyFor(error, 503, retryLater);
      }
      if (lease.state === 'done') return { status: 200, body: { received: true, duplicate: true } };
      if (lease.state === 'processing') {
        const error = new WebhookVerificationError(
          'DELIVERY_IN_PROGRESS',
          'Another instance is processing it.',
        );
        return replyFor(error, 409, Math.max(1, Math.ceil(lease.retryAfterSeconds ?? retryLater)));
      }
      return run(event, key, owner, { ...adapterContext, key, headers } as WebhookHandlerContext & Context);
    },
  };
}
