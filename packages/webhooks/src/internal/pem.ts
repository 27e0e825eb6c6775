import { fail } from '../errors.js';
import { concat, fromBase64, isBase64, toBase64 } from './encoding.js';

/**
 * Key text pasted into environment variables arrives mangled in predictable ways: `\n` written as two
 * characters, CRLF line ends, surrounding quotes (the gateway's GET /public_key/ returns a JSON string).
 * Undo all of them before reading the armor.
 */
export function cleanPem(pem: string): string {
  let value = pem.trim();
  if (value.length > 1 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return value.replace(/\\r/g, '').replace(/\\n/g, '\n').replace(/\r/g, '');
}

// rsaEncryption AlgorithmIdentifier: SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }
const RSA_ALGORITHM = /* @__PURE__ */ new Uint8Array([
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
]);

/** DER element with the given tag around `body`. */
function der(tag: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const n = body.length;
  // Minimal DER lengths; RSA keys stay far below 64 KiB, so two length bytes always suffice.
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return concat([new Uint8Array([tag, ...length]), body]);
}

/** Base64 body of a PEM block with the given label, and whether it was the PKCS#1 (`RSA`) variant. */
function readPem(pem: string, label: string): [Uint8Array<ArrayBuffer>, boolean] {
  const clean = cleanPem(pem);
  const match = /-----BEGIN (RSA )?([A-Z ]+)-----([^-]*)-----END \1?\2-----/.exec(clean);
  const body = (match ? match[3]! : clean).replace(/\s+/g, '');
  if ((match && match[2] !== label) || !isBase64(body) || body === '')
    fail('KEY_IMPORT_FAILED', `Not a PEM ${label}.`);
  return [fromBase64(body), !!match?.[1]];
}

/**
 * SPKI DER of a public key PEM, the form WebCrypto imports. PKCS#1 (`BEGIN RSA PUBLIC KEY`) is wrapped,
 * since WebCrypto cannot read it; unarmored base64 is taken as SPKI DER.
 */
export function publicKeyDer(pem: string): Uint8Array<ArrayBuffer> {
  const [bytes, pkcs1] = readPem(pem, 'PUBLIC KEY');
  return pkcs1 ? der(0x30, concat([RSA_ALGORITHM, der(0x03, concat([new Uint8Array([0]), bytes]))])) : bytes;
}

/** PKCS#8 DER of a private key PEM; PKCS#1 (`BEGIN RSA PRIVATE KEY`) is wrapped. */
export function privateKeyDer(pem: string): Uint8Array<ArrayBuffer> {
  const [bytes, pkcs1] = readPem(pem, 'PRIVATE KEY');
  return pkcs1
    ? der(0x30, concat([new Uint8Array([0x02, 0x01, 0x00]), RSA_ALGORITHM, der(0x04, bytes)]))
    : bytes;
}

/** PEM text of DER bytes (used by the test key generator). */
export function derToPem(bytes: Uint8Array, label: 'PUBLIC KEY' | 'PRIVATE KEY'): string {
  const lines = toBase64(bytes).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
