/** One finished delivery attempt, as {@link DeliveryOptions.onDelivery} reports it. */
export interface DeliveryReport {
  /** The event type, e.g. `purchase.paid`. */
  readonly event: string;
  readonly url: string;
  /** `delivered` when the receiver answered 2xx, else `failed`. */
  readonly status: string;
  /** The receiver's HTTP status; null on a network error or timeout. */
  readonly response_code: number | null;
  /** 1 for the first attempt. */
  readonly attempts: number;
}

/** How the mock delivers signed events. */
export interface DeliveryOptions {
  /**
   * Delays before each retry of a delivery that failed (non-2xx, network error or timeout). The number
   * of entries is the number of retries. The real gateway retries over minutes to hours; the default
   * is compressed so local runs see retries quickly. Pass `[]` to disable retries, or small numbers
   * in tests.
   * @default [1000, 5000, 30000]
   */
  readonly retryDelaysMs?: readonly number[];
  /** Per-attempt timeout. @default 10000 */
  readonly timeoutMs?: number;
  /**
   * The fetch used to POST deliveries. Looked up on `globalThis` at send time when omitted, so msw
   * can intercept deliveries too. Pass a function to deliver in-process without any HTTP.
   */
  readonly fetch?: typeof fetch;
  /** Turn deliveries off entirely (events are still recorded). @default true */
  readonly enabled?: boolean;
  /**
   * Called after every delivery attempt with what the receiver answered (the CLI's delivery log).
   *
   * @example
   * createMockGateway({ webhooks: { onDelivery: (d) => console.log(d.event, d.response_code) } });
   */
  readonly onDelivery?: (delivery: DeliveryReport) => void;
}
