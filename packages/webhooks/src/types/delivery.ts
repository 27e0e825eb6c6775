// A delivery as the merchant's framework hands it over: the raw body and the request headers.

/**
 * The raw request body exactly as received. A Node `Buffer` is a `Uint8Array`, so it is accepted as is.
 */
export type WebhookPayload = string | Uint8Array | ArrayBuffer;

/**
 * Request headers in any of the shapes merchants hold them: a Web `Headers` (fetch, Deno, Bun,
 * Workers, Next.js) or Node's `IncomingHttpHeaders` (values may be `string[]`), in any casing.
 */
export type HeadersInput =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;
