import type { FetchedPublicKey } from './import-public-key.js';
import { PublicKeyFetchError } from './public-key-fetch-error.js';

/** Options of {@link gatewayPublicKey} and {@link webhookPublicKey}. */
export interface GatewayKeyOptions {
  /** The secret API key, sent as `Authorization: Bearer`. */
  apiKey: string;
  /** The gateway's API base URL. @default 'https://gate.ummah.com/api/v1' */
  baseURL?: string;
  /** The fetch to use (a proxy-aware one, a mock in tests). @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Give up on one fetch after this many milliseconds. @default 10000 */
  timeoutMs?: number;
}

const DEFAULT_BASE_URL = 'https://gate.ummah.com/api/v1';

/** GET `path` under the base URL and resolve the JSON body; failures are typed, the key never shown. */
async function getJson(options: GatewayKeyOptions, path: string): Promise<unknown> {
  const {
    apiKey,
    baseURL = DEFAULT_BASE_URL,
    fetch: fetchImpl = globalThis.fetch,
    timeoutMs = 10_000,
  } = options;
  const url = `${baseURL.replace(/\/+$/, '')}${path}`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    throw new PublicKeyFetchError('KEY_FETCH_FAILED', `GET ${path} failed.`, { cause });
  }
  if (!response.ok) {
    // Drain the body so the connection can be reused; its text may echo request details, so it is not kept.
    await response.body?.cancel().catch(() => undefined);
    throw new PublicKeyFetchError('KEY_FETCH_FAILED', `GET ${path} answered ${response.status}.`, {
      status: response.status,
    });
  }
  try {
    return await response.json();
  } catch (cause) {
    throw new PublicKeyFetchError('KEY_INVALID', `GET ${path} answered no JSON.`, { cause });
  }
}

/**
 * A `fetchKey` for {@link createPublicKeyCache} that reads the company callback key with a plain
 * `fetch`: `GET /public_key/`, whose body is a JSON string holding the PEM (the documented
 * `{ "public_key": … }` form is accepted too). It verifies purchase `success_callback` deliveries.
 *
 * @example
 * ```ts
 * const publicKey = createPublicKeyCache({ fetchKey: gatewayPublicKey({ apiKey: process.env.UMMAH_SECRET_KEY! }) });
 * ```
 */
export function gatewayPublicKey(options: GatewayKeyOptions): () => Promise<FetchedPublicKey> {
  // The body's shape is checked when the key is imported (importPublicKey).
  return () => getJson(options, '/public_key/') as Promise<FetchedPublicKey>;
}

/**
 * A `fetchKey` for {@link createPublicKeyCache} that reads one webhook's own key, the `public_key` of
 * `GET /webhooks/{id}/`, which verifies that webhook's deliveries.
 *
 * @example
 * ```ts
 * const publicKey = createPublicKeyCache({
 *   fetchKey: webhookPublicKey({ apiKey: process.env.UMMAH_SECRET_KEY!, webhookId: process.env.UMMAH_WEBHOOK_ID! }),
 * });
 * // with the API client: fetchKey: async () => (await ummah.webhooks.retrieve(webhookId)).public_key
 * ```
 */
export function webhookPublicKey(options: GatewayKeyOptions & { webhookId: string }): () => Promise<string> {
  const { webhookId } = options;
  if (typeof webhookId !== 'string' || webhookId === '' || /[/?#]|^\.\.?$/.test(webhookId)) {
    throw new TypeError('webhookPublicKey: webhookId must be a webhook id.');
  }
  return async () => {
    const webhook = await getJson(options, `/webhooks/${encodeURIComponent(webhookId)}/`);
    const key = (webhook as { public_key?: unknown } | null)?.public_key;
    if (typeof key !== 'string')
      throw new PublicKeyFetchError('KEY_INVALID', 'The webhook has no public_key.');
    return key;
  };
}
