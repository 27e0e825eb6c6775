/**
 * A fault to inject into the next matching request, so merchants can test their retry paths.
 *
 * @example
 * gateway.faults.next({ status: 503 });                 // the next request answers 503
 * gateway.faults.next({ status: 429, headers: { 'Retry-After': '1' } });
 * gateway.faults.next({ reset: true });                 // the connection drops
 * gateway.faults.next({ reset: true, after: true });    // processed, then the response is lost
 * gateway.faults.next({ delayMs: 2_000, path: '/purchases/' });
 */
export interface FaultSpec {
  /** Answer with this HTTP status instead of processing the request. */
  readonly status?: number;
  /** Body for `status`. @default the gateway's documented error body for that status */
  readonly body?: unknown;
  /** Headers for `status` (e.g. `{ 'Retry-After': '2' }`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Drop the connection: fetch rejects with a network error, the server destroys the socket. */
  readonly reset?: boolean;
  /** Wait this long before answering (aborts still work). */
  readonly delayMs?: number;
  /**
   * Apply the status or reset after the request has been processed, so its side effects happen
   * but the client never sees the response: the case idempotency keys exist for.
   * @default false
   */
  readonly after?: boolean;
  /** How many matching requests the fault applies to. @default 1 */
  readonly times?: number;
  /** Only requests with this method. @default any */
  readonly method?: string;
  /** Only requests whose API path (e.g. `/purchases/`) starts with this string or matches this RegExp. @default any */
  readonly path?: string | RegExp;
}

interface QueuedFault {
  readonly spec: FaultSpec;
  remaining: number;
}

/** Queue of injected faults; each request takes the first fault that matches it. */
export class FaultController {
  readonly #queue: QueuedFault[] = [];

  /**
   * Queues a fault for the next matching request(s). Returns the controller for chaining.
   *
   * @example
   * gateway.faults.next({ status: 500 }).next({ status: 500 }); // two failures, then success
   */
  next(spec: FaultSpec): this {
    if (spec.status === undefined && !spec.reset && spec.delayMs === undefined) {
      throw new TypeError('A fault needs `status`, `reset: true` or `delayMs`.');
    }
    if (
      spec.status !== undefined &&
      (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)
    ) {
      throw new TypeError(`Fault status must be an HTTP status code, received ${spec.status}.`);
    }
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new TypeError('Fault `times` must be a positive integer.');
    this.#queue.push({ spec, remaining: times });
    return this;
  }

  /** Number of fault applications still queued. */
  get pending(): number {
    return this.#queue.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  /** Removes every queued fault. */
  clear(): void {
    this.#queue.length = 0;
  }

  /** Takes the fault for a request, if one matches. Internal to the request pipeline. */
  take(method: string, path: string): FaultSpec | undefined {
    const index = this.#queue.findIndex(({ spec }) => {
      if (spec.method !== undefined && spec.method.toUpperCase() !== method) return false;
      if (spec.path === undefined) return true;
      return typeof spec.path === 'string' ? path.startsWith(spec.path) : spec.path.test(path);
    });
    if (index === -1) return undefined;
    const fault = this.#queue[index]!;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.#queue.splice(index, 1);
    return fault.spec;
  }
}
