import type { DeliveryOptions } from './events/delivery-options';

/** What the mock reports for each API request it answers (see `onResponse`). */
export interface MockExchange {
  /**
   * SDK operation id (`purchases.create`), `mock.…` for the mock's own `/_mock/` endpoints
   * (`mock.checkout`, `mock.trigger`, `mock.advance` …), or null when nothing matched (404/405).
   */
  readonly operationId: string | null;
  readonly method: string;
  /** Full request URL. */
  readonly url: string;
  readonly status: number;
  /** The JSON body sent back (undefined for 204 and non-JSON bodies). */
  readonly body: unknown;
  /** True when the response was replayed for a repeated `Idempotency-Key`. */
  readonly replayed: boolean;
  /**
   * The injected fault that decided this answer, if any: `'status'` (the fault's status and body
   * were sent, instead of the real answer or after it), `'reset'` (the connection was dropped:
   * `status` is 0 and there is no body). `null` for a real answer.
   */
  readonly fault: 'status' | 'reset' | null;
}

/**
 * Options of {@link createMockGateway}.
 *
 * @example
 * const gateway = createMockGateway({ webhooks: { retryDelaysMs: [10, 10] } });
 */
export interface MockGatewayOptions {
  /**
   * The API base URL the mock answers on. The in-process fetch and msw handlers match requests under
   * it; the server replaces the origin with its own address.
   * @default 'https://gate.ummah.com/api/v1'
   */
  readonly baseURL?: string;
  /**
   * Secret keys accepted as `Authorization: Bearer …`. When omitted, any `sk_test_…` key is accepted
   * and live keys are refused.
   */
  readonly apiKeys?: readonly string[];
  /** Brand id reported for objects created without one (templates, invoices). @default a fixed UUID */
  readonly brandId?: string;
  /** Items per page of list endpoints when `?limit=` is absent. @default 20 */
  readonly pageSize?: number;
  /**
   * How long a statement stays `processing` after it is scheduled. With 0 the create response says
   * `processing` and the next read says `success`.
   * @default 0
   */
  readonly statementProcessingMs?: number;
  /** Webhook and success-callback delivery settings. */
  readonly webhooks?: DeliveryOptions;
  /** Clock in milliseconds, for pinned timestamps in tests. @default Date.now */
  readonly now?: () => number;
  /**
   * Called with every API and `/_mock/` control response the mock produces (request logs, schema
   * checks), injected faults included and marked by `fault`, so a request log shows the 503s and
   * dropped connections a test asked for. Control answers have a `mock.…` operation id.
   */
  readonly onResponse?: (exchange: MockExchange) => void;
}

/** The default brand id, the one used throughout the gateway's reference. */
export const DEFAULT_BRAND_ID = '409eb80e-3782-4b1d-afa8-b779759266a5';

/** The default API base URL, the real gateway's. */
export const DEFAULT_BASE_URL = 'https://gate.ummah.com/api/v1';
