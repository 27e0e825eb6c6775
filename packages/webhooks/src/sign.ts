import type { SignBackend } from './internal/backend.js';
import { toHex } from './internal/encoding.js';
import { base64SecretBytes } from './internal/secret.js';
import { fillContent, type HmacScheme } from './schemes/hmac-scheme.js';
import { resolveScheme } from './schemes/resolve-scheme.js';
import type {
  HmacSignOptions,
  SignedWebhook,
  SignWebhookOptions,
  UmmahSignOptions,
} from './types/sign-options.js';

function randomId(): string {
  return `msg_${toHex(globalThis.crypto.getRandomValues(new Uint8Array(12)))}`;
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
  const mac = await backend.hmac(
    scheme.secretEncoding === 'base64' ? base64SecretBytes(options.secret) : options.secret,
    fillContent(scheme.before, timestamp, id),
    body,
    fillContent(scheme.after, timestamp, id),
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
