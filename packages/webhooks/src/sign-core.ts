import { fail } from './errors.js';
import type { SignBackend } from './internal/backend.js';
import { fromBase64, isBase64, toHex } from './internal/encoding.js';
import { derToPem } from './internal/pem.js';
import type { HmacSchemeName } from './schemes/builtin.js';
import type { HmacScheme } from './schemes/hmac-scheme.js';
import { resolveScheme } from './schemes/resolve-scheme.js';
import type { HashName, PrivateKeyInput, SecretInput } from './types/keys.js';

/** A body to sign: exact text or bytes, or a value that is sent as `JSON.stringify(value)`. */
export type SignablePayload = string | Uint8Array | object;

/** Options of `signWebhook` for the gateway's RSA scheme. */
export interface UmmahSignOptions {
  /** @default 'ummah' */
  scheme?: 'ummah';
  payload: SignablePayload;
  /** The RSA private key matching the public key under test (see `generateTestKeyPair`). */
  privateKey: PrivateKeyInput;
  /** @default 'SHA-256' */
  algorithm?: HashName;
}

/** Options of `signWebhook` for HMAC schemes. */
export interface HmacSignOptions {
  scheme: HmacSchemeName | HmacScheme<unknown>;
  payload: SignablePayload;
  secret: SecretInput;
  /** Signed timestamp: Unix seconds or a Date. @default now */
  timestamp?: number | Date;
  /** Delivery id for schemes that carry one. @default a random `msg_…` id */
  id?: string;
}

/** Options of `signWebhook`. */
export type SignWebhookOptions = UmmahSignOptions | HmacSignOptions;

/** A signed delivery: send `body` exactly as is with `headers`. */
export interface SignedWebhook {
  /** The exact bytes that were signed (a string unless bytes were given); usable as a fetch body. */
  body: string | Uint8Array<ArrayBuffer>;
  /** Lowercase header names and their values. */
  headers: Record<string, string>;
}

function randomId(): string {
  return `msg_${toHex(globalThis.crypto.getRandomValues(new Uint8Array(12)))}`;
}

function secretFor(scheme: HmacScheme, secret: SecretInput): SecretInput {
  if (scheme.secretEncoding === 'utf8' || typeof secret !== 'string') return secret;
  const encoded = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  if (!isBase64(encoded)) fail('KEY_IMPORT_FAILED', 'The secret is not base64 (whsec_…).');
  return fromBase64(encoded);
}

/** Sign a delivery with the given backend. */
export async function signWith(backend: SignBackend, options: SignWebhookOptions): Promise<SignedWebhook> {
  const { payload } = options;
  // Bytes are copied into a plain ArrayBuffer so the result is a valid fetch body on every runtime.
  const body =
    typeof payload === 'string'
      ? payload
      : payload instanceof Uint8Array
        ? new Uint8Array(payload)
        : JSON.stringify(payload);
  const scheme = resolveScheme(options.scheme);
  if (scheme === 'ummah') {
    const { privateKey, algorithm } = options as UmmahSignOptions;
    const signature = await backend.rsaSign(privateKey, algorithm ?? 'SHA-256', body);
    return { body, headers: { 'x-signature': signature } };
  }
  return signHmac(backend, scheme, options as HmacSignOptions, body);
}

async function signHmac(
  backend: SignBackend,
  scheme: HmacScheme,
  options: HmacSignOptions,
  body: string | Uint8Array<ArrayBuffer>,
): Promise<SignedWebhook> {
  const time = options.timestamp ?? new Date();
  const timestamp = String(typeof time === 'number' ? time : Math.floor(time.getTime() / 1000));
  const id = options.id ?? randomId();
  const fillIn = (template: string) =>
    template.replace(/\{(timestamp|id)\}/g, (_, name) => (name === 'id' ? id : timestamp));
  const mac = await backend.hmac(
    secretFor(scheme, options.secret),
    fillIn(scheme.before),
    body,
    fillIn(scheme.after),
    scheme.encoding,
  );
  const headers: Record<string, string> = {};
  headers[scheme.signatureHeader] =
    scheme.signatureFormat === 'timestamped'
      ? `t=${timestamp},v1=${mac}`
      : scheme.signatureFormat === 'versioned'
        ? `v1,${mac}`
        : scheme.signaturePrefix + mac;
  if (scheme.timestampHeader !== undefined) headers[scheme.timestampHeader] = timestamp;
  if (scheme.idHeader !== undefined) headers[scheme.idHeader] = id;
  return { body, headers };
}

/** A fresh RSA key pair as PEM, for merchants' tests of the `ummah` scheme. */
export interface TestKeyPair {
  /** SPKI PEM, what the gateway publishes. */
  publicKey: string;
  /** PKCS#8 PEM, to pass to `signWebhook`. */
  privateKey: string;
}

/**
 * Generate an RSA-2048 key pair for tests.
 *
 * @example
 * ```ts
 * const { publicKey, privateKey } = await generateTestKeyPair();
 * const { body, headers } = await signWebhook({ payload: { event_type: 'purchase.paid', id: 'p1' }, privateKey });
 * await verifyWebhook({ payload: body, headers, publicKey });
 * ```
 */
export async function generateTestKeyPair(): Promise<TestKeyPair> {
  const { subtle } = globalThis.crypto;
  const pair = await subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  return {
    publicKey: derToPem(new Uint8Array(await subtle.exportKey('spki', pair.publicKey)), 'PUBLIC KEY'),
    privateKey: derToPem(new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey)), 'PRIVATE KEY'),
  };
}
