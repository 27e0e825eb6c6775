import type { MockGatewayOptions } from '../options';

/**
 * Options of the provider mocks (`createMockPlumaas`, `createMockPlexos`, `createMockPlugipay`,
 * `createMockPebblePay`).
 *
 * @example
 * const plumaas = createMockPlumaas({
 *   webhookUrl: 'https://example.test/webhooks/plumaas',
 *   webhooks: { fetch: async (url, init) => myHandler(new Request(url, init)) },
 * });
 */
export interface ProviderMockOptions
  extends Pick<MockGatewayOptions, 'webhooks' | 'pageSize' | 'now' | 'onResponse'> {
  /** The API base URL the mock answers on. @default the provider's documented base URL */
  readonly baseURL?: string;
  /**
   * Secret keys accepted. When omitted, any test key of the provider's prefix is accepted
   * (`psk_test_…` for Plumaas, `sk_test_…` for the others) and live keys are refused.
   */
  readonly apiKeys?: readonly string[];
  /**
   * The webhook endpoint configured "in the dashboard": where events go. Without it, events are only
   * delivered to endpoints the API registers (Plexos) or an order names (PebblePay `webhook_url`).
   */
  readonly webhookUrl?: string;
  /** The signing secret of that endpoint. @default a random `whsec_…` secret */
  readonly webhookSecret?: string;
}
