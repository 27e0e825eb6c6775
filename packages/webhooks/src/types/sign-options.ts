import type { HmacSchemeName } from '../schemes/builtin.js';
import type { HmacScheme } from '../schemes/hmac-scheme.js';
import type { HashName, PrivateKeyInput, SecretInput } from './keys.js';

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
