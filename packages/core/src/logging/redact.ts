/** Replacement for redacted values. */
export const REDACTED = '[REDACTED]';

/** Headers that carry credentials or session state. */
const SENSITIVE_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
]);

/**
 * Body fields that carry card data, recurring payment tokens, secrets or keys. Matched on the
 * lower-cased key; substring patterns catch variants such as `recurring_token`, `card_number`,
 * `webhook_secret`.
 */
const SENSITIVE_KEY =
  /token|secret|password|passwd|api_?key|private_?key|card_?number|^pan$|^cvv|^cvc|cvv2|security_?code|^card$|expir|^exp_(month|year)$|^authorization$|cookie/;

/** Whether a header is redacted in logs (`extra` holds provider-specific auth header names). */
export function isSensitiveHeader(name: string, extra?: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  return SENSITIVE_HEADERS.has(lower) || (extra?.has(lower) ?? false);
}

/** A copy of `headers` safe to log. */
export function redactHeaders(
  headers: Record<string, string> | Headers,
  extra?: ReadonlySet<string>,
): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(
    entries.map(([name, value]) => [name, isSensitiveHeader(name, extra) ? REDACTED : value]),
  );
}

/**
 * A deep copy of a JSON-like value with sensitive fields replaced and every occurrence of the
 * given secrets (the API key) masked inside strings, safe to log.
 */
export function redactBody(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (depth > 16) return REDACTED; // pathological nesting: do not walk further
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactBody(item, secrets, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] =
        SENSITIVE_KEY.test(key.toLowerCase()) && inner !== null
          ? REDACTED
          : redactBody(inner, secrets, depth + 1);
    }
    return out;
  }
  return value;
}

/** `text` with every occurrence of each secret replaced by {@link REDACTED}. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/**
 * A copy of response headers safe to expose on errors and to hooks: `Set-Cookie` and the like
 * redacted, and every occurrence of a secret masked in the other values. Returns `headers` itself
 * when nothing needs changing.
 */
export function redactResponseHeaders(headers: Headers, secrets: readonly string[]): Headers {
  let changed = false;
  const out = new Headers();
  for (const [name, value] of headers.entries()) {
    const safe = isSensitiveHeader(name) ? REDACTED : redactSecrets(value, secrets);
    if (safe !== value) changed = true;
    out.append(name, safe);
  }
  return changed ? out : headers;
}
