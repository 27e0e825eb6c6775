import { fail, WebhookVerificationError } from './errors.js';
import type { Body, VerifyBackend } from './internal/backend.js';
import { isBase64, timingSafeEqual } from './internal/encoding.js';
import { eventTime } from './internal/event-time.js';
import { readHeader, requireHeader } from './internal/headers.js';
import { normalizePayload } from './internal/payload.js';
import { base64SecretBytes } from './internal/secret.js';
import { checkTolerance, parseTimestamp } from './internal/timestamp.js';
import { pebblepay } from './schemes/builtin.js';
import {
  checkSignatureFormat,
  fillContent,
  type HmacScheme,
  parseSignatureHeader,
} from './schemes/hmac-scheme.js';
import { resolveScheme } from './schemes/resolve-scheme.js';
import type { PublicKeyInput, PublicKeySource, SecretInput } from './types/keys.js';
import type { SafeVerifyResult, VerifyRequestOptions, VerifyWebhookOptions } from './types/verify-options.js';

// The core runs synchronously whenever the backend does (node:crypto) and only turns asynchronous where
// a backend returns a promise (WebCrypto). On Node a verification therefore costs one promise, not one
// per step, which keeps it within a few percent of calling node:crypto by hand.

function list<T>(value: T | readonly T[] | undefined): readonly T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value as T];
}

function parseJson(backend: VerifyBackend, body: Body): unknown {
  const text = typeof body === 'string' ? body : backend.text(body);
  try {
    // A leading byte order mark is not JSON but says nothing about the content (RFC 8259 lets parsers
    // skip it, as fetch's body.json() and Express's body parsers do). The web decoder drops it from bytes
    // already; dropping it here too gives text and bytes, and both builds, the same answer.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('INVALID_JSON', 'Body is not JSON.', error);
  }
}

function matchesAny(mac: string, signatures: readonly string[]): boolean {
  for (let i = 0; i < signatures.length; i++) if (timingSafeEqual(mac, signatures[i]!)) return true;
  return false;
}

function rsaMismatch(): never {
  return fail('SIGNATURE_MISMATCH', 'X-Signature does not match.');
}

/**
 * Try each key in order and accept on the first match. The loop stays synchronous while the backend
 * answers synchronously (node:crypto) and finishes asynchronously from the first promise (WebCrypto).
 */
function anyKey(
  count: number,
  attempt: (i: number) => boolean | Promise<boolean>,
  accept: () => unknown,
  refuse: () => never,
): unknown {
  for (let i = 0; i < count; i++) {
    const ok = attempt(i);
    if (ok instanceof Promise) {
      return (async () => {
        if (await ok) return true;
        for (let k = i + 1; k < count; k++) if (await attempt(k)) return true;
        return false;
      })().then((matched) => (matched ? accept() : refuse()));
    }
    if (ok) return accept();
  }
  return refuse();
}

function verifyUmmah(
  backend: VerifyBackend,
  options: VerifyWebhookOptions,
  body: Body,
  publicKey = options.publicKey as PublicKeyInput | readonly PublicKeyInput[] | undefined,
): unknown {
  const signature = requireHeader(options.headers, 'x-signature');
  if (!isBase64(signature)) fail('MALFORMED_SIGNATURE', 'X-Signature is not base64.');
  const keys = list(publicKey);
  if (
    keys.length === 0 ||
    !keys.every((key) => typeof key === 'string' || (typeof key === 'object' && key !== null))
  ) {
    fail('MISSING_KEY', 'publicKey missing.');
  }
  const hash = options.algorithm ?? 'SHA-256';
  if (hash !== 'SHA-256' && hash !== 'SHA-512') fail('INVALID_OPTIONS', 'algorithm is not SHA-256/512.');
  return anyKey(
    keys.length,
    (i) => backend.rsaVerify(keys[i]!, hash, signature, body),
    () => parseJson(backend, body),
    rsaMismatch,
  );
}

function hmacMismatch(scheme: HmacScheme, signatures: readonly string[]): never {
  // A malformed candidate deserves its own code, so tell the two failures apart only now. When one
  // candidate matches, the others are not looked at: senders list any entries they like, and the
  // Standard Webhooks reference libraries accept a list as soon as one entry matches.
  checkSignatureFormat(scheme, signatures);
  return fail('SIGNATURE_MISMATCH', 'Signature does not match.');
}

function hmacKey(scheme: HmacScheme, secret: SecretInput): SecretInput {
  // Guards against `null` or a number from misread configuration, which would otherwise throw a TypeError.
  if (typeof secret !== 'string' && !(secret instanceof Uint8Array)) fail('MISSING_KEY', 'secret missing.');
  const key = scheme.secretEncoding === 'base64' ? base64SecretBytes(secret) : secret;
  if (key.length === 0) fail('KEY_IMPORT_FAILED', 'Secret is empty.');
  return key;
}

function verifyHmac(
  backend: VerifyBackend,
  scheme: HmacScheme,
  options: VerifyWebhookOptions,
  body: Body,
): unknown {
  const { headers } = options;
  const { signatures, timestamp: signed } = parseSignatureHeader(
    scheme,
    requireHeader(headers, scheme.signatureHeader),
  );
  let timestamp = signed;
  if (scheme.timestampHeader !== undefined) {
    if (timestamp === undefined) timestamp = requireHeader(headers, scheme.timestampHeader);
    else if ((readHeader(headers, scheme.timestampHeader) ?? timestamp) !== timestamp) {
      fail('MALFORMED_SIGNATURE', 'Timestamps differ.');
    }
  }
  const id = scheme.idSigned ? requireHeader(headers, scheme.idHeader!) : undefined;
  if (timestamp !== undefined) checkTolerance(parseTimestamp(timestamp), options.now, options.tolerance);
  const before = fillContent(scheme.before, timestamp, id);
  const after = fillContent(scheme.after, timestamp, id);
  const secrets = list(options.secret);
  if (secrets.length === 0) fail('MISSING_KEY', 'secret missing.');
  // A rotation list is walked in order; each secret is checked (and imported) only when reached.
  return anyKey(
    secrets.length,
    (i) => {
      const mac = backend.hmac(hmacKey(scheme, secrets[i]!), before, body, after, scheme.encoding);
      return typeof mac === 'string'
        ? matchesAny(mac, signatures)
        : mac.then((v) => matchesAny(v, signatures));
    },
    () => parseJson(backend, body),
    () => hmacMismatch(scheme, signatures),
  );
}

/** Verify and parse one delivery with the given crypto backend. */
export function verifyWith(backend: VerifyBackend, options: VerifyWebhookOptions): Promise<unknown> {
  try {
    if (options === null || typeof options !== 'object') fail('INVALID_OPTIONS', 'Options missing.');
    const body = normalizePayload(options.payload);
    const scheme = resolveScheme(options.scheme);
    const { tolerance, replayGuard: guard } = options;
    // Schemes without a signed timestamp check the event's own signed time, and only when asked: the
    // gateway retries a delivery for up to 36 hours, so a default window would refuse genuine retries.
    const untimed = tolerance !== undefined && (scheme === 'ummah' || !scheme.timestamped);
    // An option the scheme cannot use is refused, never ignored: a merchant who passes it expects an effect.
    if (
      scheme === 'ummah'
        ? options.secret !== undefined
        : (options.publicKey ?? options.algorithm) !== undefined || (untimed && scheme !== pebblepay)
    ) {
      fail('INVALID_OPTIONS', 'Option not for this scheme.');
    }
    const source = options.publicKey as PublicKeySource | undefined;
    const event =
      scheme !== 'ummah'
        ? verifyHmac(backend, scheme, options, body)
        : source?.useKey
          ? source.useKey((key) => verifyUmmah(backend, options, body, key))
          : verifyUmmah(backend, options, body);
    // The common case (no age check, no guard) costs one promise on the synchronous node:crypto path.
    if (!guard && !untimed) return Promise.resolve(event);
    return Promise.resolve(event).then(async (verified) => {
      if (untimed) checkTolerance(eventTime(scheme, verified), options.now, tolerance);
      if (!guard) return verified;
      const key = guard.keyFor(scheme, options.headers, verified);
      if (key !== undefined && !(await guard.claim(key))) fail('DUPLICATE_DELIVERY', 'Already accepted.');
      return verified;
    });
  } catch (error) {
    return Promise.reject(error);
  }
}

/** {@link verifyWith} returning a result object instead of throwing verification errors. */
export async function safeVerifyWith<E>(
  backend: VerifyBackend,
  options: VerifyWebhookOptions,
): Promise<SafeVerifyResult<E>> {
  try {
    return { ok: true, event: (await verifyWith(backend, options)) as E };
  } catch (error) {
    // Only verification failures become results; a failing replay store is an outage, not a forgery.
    if (error instanceof WebhookVerificationError) return { ok: false, error };
    throw error;
  }
}

/** Read a fetch `Request` (Deno, Bun, Workers, Next.js) and verify it. */
export async function verifyRequestWith(
  backend: VerifyBackend,
  request: Request,
  options: VerifyRequestOptions,
): Promise<unknown> {
  if (request.bodyUsed) {
    fail('PAYLOAD_PARSED', 'The request body was already read; call verifyRequest before request.json().');
  }
  const payload = new Uint8Array(await request.arrayBuffer());
  return verifyWith(backend, { ...options, payload, headers: request.headers } as VerifyWebhookOptions);
}
