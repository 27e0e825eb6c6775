import { fail, WebhookVerificationError } from './errors.js';
import type { Body, VerifyBackend } from './internal/backend.js';
import { isBase64, timingSafeEqual } from './internal/encoding.js';
import { readHeader, requireHeader } from './internal/headers.js';
import { normalizePayload } from './internal/payload.js';
import { base64SecretBytes } from './internal/secret.js';
import { checkTolerance, parseTimestamp } from './internal/timestamp.js';
import {
  checkSignatureFormat,
  fillContent,
  type HmacScheme,
  parseSignatureHeader,
} from './schemes/hmac-scheme.js';
import { resolveScheme } from './schemes/resolve-scheme.js';
import type { SecretInput } from './types/keys.js';
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

/** The rest of a key loop once a backend (WebCrypto) answered with a promise. */
async function restOfKeys(
  pending: Promise<boolean>,
  next: number,
  count: number,
  attempt: (i: number) => boolean | Promise<boolean>,
): Promise<boolean> {
  if (await pending) return true;
  for (let i = next; i < count; i++) if (await attempt(i)) return true;
  return false;
}

function verifyUmmah(backend: VerifyBackend, options: VerifyWebhookOptions, body: Body): unknown {
  const signature = requireHeader(options.headers, 'x-signature');
  if (!isBase64(signature)) fail('MALFORMED_SIGNATURE', 'X-Signature is not base64.');
  const keys = list(options.publicKey);
  if (
    keys.length === 0 ||
    !keys.every((key) => typeof key === 'string' || (typeof key === 'object' && key !== null))
  ) {
    fail('MISSING_KEY', 'publicKey missing.');
  }
  const hash = options.algorithm ?? 'SHA-256';
  if (hash !== 'SHA-256' && hash !== 'SHA-512')
    fail('INVALID_OPTIONS', 'algorithm must be SHA-256 or SHA-512.');
  for (let i = 0; i < keys.length; i++) {
    const ok = backend.rsaVerify(keys[i]!, hash, signature, body);
    if (ok instanceof Promise) {
      return restOfKeys(ok, i + 1, keys.length, (k) =>
        backend.rsaVerify(keys[k]!, hash, signature, body),
      ).then((matched) => (matched ? parseJson(backend, body) : rsaMismatch()));
    }
    if (ok) return parseJson(backend, body);
  }
  return rsaMismatch();
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
      fail('MALFORMED_SIGNATURE', 'Timestamp header differs from t=.');
    }
  }
  const id = scheme.idSigned ? requireHeader(headers, scheme.idHeader!) : undefined;
  if (timestamp !== undefined) checkTolerance(parseTimestamp(timestamp), options.now, options.tolerance);
  const before = fillContent(scheme.before, timestamp, id);
  const after = fillContent(scheme.after, timestamp, id);
  const secret = options.secret;
  const secrets = Array.isArray(secret) ? secret : secret === undefined ? [] : null;
  if (secrets?.length === 0) fail('MISSING_KEY', 'secret missing.');
  // One secret (the common case) needs no array; a rotation list is walked in order.
  for (let i = 0; i < (secrets ? secrets.length : 1); i++) {
    const mac = backend.hmac(
      hmacKey(scheme, secrets ? secrets[i]! : (secret as SecretInput)),
      before,
      body,
      after,
      scheme.encoding,
    );
    if (typeof mac !== 'string') {
      const all = secrets ?? [secret as SecretInput];
      const attempt = async (k: number) =>
        matchesAny(
          await backend.hmac(hmacKey(scheme, all[k]!), before, body, after, scheme.encoding),
          signatures,
        );
      return restOfKeys(
        mac.then((value) => matchesAny(value, signatures)),
        i + 1,
        all.length,
        attempt,
      ).then((matched) => (matched ? parseJson(backend, body) : hmacMismatch(scheme, signatures)));
    }
    if (matchesAny(mac, signatures)) return parseJson(backend, body);
  }
  return hmacMismatch(scheme, signatures);
}

/** Verify and parse one delivery with the given crypto backend. */
export function verifyWith(backend: VerifyBackend, options: VerifyWebhookOptions): Promise<unknown> {
  try {
    if (options === null || typeof options !== 'object') fail('INVALID_OPTIONS', 'Options missing.');
    const body = normalizePayload(options.payload);
    const scheme = resolveScheme(options.scheme);
    const event =
      scheme === 'ummah' ? verifyUmmah(backend, options, body) : verifyHmac(backend, scheme, options, body);
    const guard = options.replayGuard;
    if (!guard) return Promise.resolve(event);
    return Promise.resolve(event).then(async (verified) => {
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
