/**
 * Byte/text helpers that run on every runtime. No `Buffer`: edge runtimes do not have it.
 */

const encoder = /* @__PURE__ */ new TextEncoder();
// Not fatal: invalid UTF-8 decodes to U+FFFD exactly as JSON.parse(buffer.toString()) would on Node,
// so a body that was signed with stray bytes still verifies and parses the same everywhere.
const decoder = /* @__PURE__ */ new TextDecoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** UTF-8 text of bytes (lenient, see above). */
export function text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Concatenate byte arrays. */
export function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const HEX = '0123456789abcdef';

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte >> 4]! + HEX[byte & 15]!;
  return out;
}

/** Canonical padded base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// Canonical only: the unused low bits before padding must be zero, so each byte string has exactly one
// accepted spelling and a changed header character can never decode to the same signature. With the
// length a multiple of 4, padding can only sit where it belongs; this form runs twice as fast as
// matching 4-character groups.
const BASE64 = /^[A-Za-z0-9+/]*(?:[AQgw]==|[AEIMQUYcgkosw048]=)?$/;

/** True when `value` is canonical, padded base64 (no whitespace, no URL alphabet). */
export function isBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64.test(value);
}

/** Decode strict base64; callers check {@link isBase64} first. */
export function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Compare two strings in time that depends only on their lengths, not on where they differ.
 * Signatures are compared in their canonical encoded form, so lengths are public anyway.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
