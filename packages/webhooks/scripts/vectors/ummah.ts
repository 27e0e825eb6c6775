// Conformance vectors for the gateway's RSA scheme: the real signed callback and generated deliveries.
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  accepted,
  bodyField,
  bytesOf,
  fixture,
  flip,
  here,
  refused,
  type Vector,
  withBom,
} from './common.js';

/** Append the `ummah` vectors. */
export function addUmmahVectors(vectors: Vector[]): void {
  const real = fixture<{
    source: string;
    body: string;
    x_signature: string;
    public_key_pem: string;
  }>('chip-signed-callback.json');
  const realKey = createPublicKey(real.public_key_pem);
  const testPrivate = createPrivateKey(readFileSync(here('../keys/test-rsa-private.pem'), 'utf8'));
  const otherPrivate = createPrivateKey(readFileSync(here('../keys/other-rsa-private.pem'), 'utf8'));
  const testPublicPem = createPublicKey(testPrivate).export({ type: 'spki', format: 'pem' }).toString();
  const otherPublicPem = createPublicKey(otherPrivate).export({ type: 'spki', format: 'pem' }).toString();
  const rsa = (body: string | Uint8Array, hash = 'sha256', key = testPrivate) =>
    sign(hash, bytesOf(body), key).toString('base64');

  const SRC = `reference/fixtures/chip-signed-callback.json (${real.source})`;
  const realCase = (
    name: string,
    body: string,
    signature: string | string[],
    expect: Vector['expect'],
    options = {},
  ) =>
    vectors.push({
      name: `ummah: ${name}`,
      source: SRC,
      scheme: 'ummah',
      options: { publicKey: real.public_key_pem, ...options },
      headers: { 'x-signature': signature },
      body,
      expect,
    });
  realCase(
    'the real signed callback verifies byte for byte',
    real.body,
    real.x_signature,
    accepted(real.body),
  );
  for (const index of [0, 1, Math.floor(real.body.length / 2), real.body.length - 2, real.body.length - 1]) {
    realCase(
      `the real callback with byte ${index} changed is refused`,
      flip(real.body, index),
      real.x_signature,
      refused('SIGNATURE_MISMATCH'),
    );
  }
  realCase(
    'the real callback with a trailing newline is refused',
    `${real.body}\n`,
    real.x_signature,
    refused('SIGNATURE_MISMATCH'),
  );
  realCase(
    'the real callback truncated is refused',
    real.body.slice(0, -1),
    real.x_signature,
    refused('SIGNATURE_MISMATCH'),
  );
  realCase(
    'the real callback re-serialised as compact JSON is refused',
    JSON.stringify(JSON.parse(real.body)),
    real.x_signature,
    refused('SIGNATURE_MISMATCH'),
  );
  realCase(
    'a signature with one changed character is refused',
    real.body,
    `${real.x_signature[0] === 'A' ? 'B' : 'A'}${real.x_signature.slice(1)}`,
    refused('SIGNATURE_MISMATCH'),
  );
  realCase(
    'a truncated signature (still base64) is refused',
    real.body,
    real.x_signature.slice(0, -4),
    refused('SIGNATURE_MISMATCH'),
  );
  realCase(
    'a truncated signature (broken base64) is malformed',
    real.body,
    real.x_signature.slice(0, -1),
    refused('MALFORMED_SIGNATURE'),
  );
  realCase(
    'a signature with an inner space is malformed',
    real.body,
    `${real.x_signature.slice(0, 10)} ${real.x_signature.slice(10)}`,
    refused('MALFORMED_SIGNATURE'),
  );
  realCase(
    'a non-canonical base64 spelling of the real signature is malformed',
    real.body,
    `${real.x_signature.slice(0, -3)}R==`,
    refused('MALFORMED_SIGNATURE'),
  );
  realCase(
    'a base64url signature is malformed',
    real.body,
    real.x_signature.replace(/\+/g, '-').replace(/\//g, '_'),
    refused('MALFORMED_SIGNATURE'),
  );
  realCase('an empty X-Signature is missing', real.body, '', refused('MISSING_HEADER'));
  realCase(
    'two X-Signature headers are refused',
    real.body,
    [real.x_signature, real.x_signature],
    refused('DUPLICATE_HEADER'),
  );
  realCase(
    'the key with literal \\n escapes (env var) verifies',
    real.body,
    real.x_signature,
    accepted(real.body),
    {
      publicKey: real.public_key_pem.replace(/\n/g, '\\n'),
    },
  );
  realCase('the key with CRLF line ends verifies', real.body, real.x_signature, accepted(real.body), {
    publicKey: real.public_key_pem.replace(/\n/g, '\r\n'),
  });
  realCase(
    'the key as a JSON string (GET /public_key/) verifies',
    real.body,
    real.x_signature,
    accepted(real.body),
    {
      publicKey: JSON.stringify(real.public_key_pem),
    },
  );
  realCase('the key as PKCS#1 PEM verifies', real.body, real.x_signature, accepted(real.body), {
    publicKey: realKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  });
  realCase('the key as JWK verifies', real.body, real.x_signature, accepted(real.body), {
    publicKey: realKey.export({ format: 'jwk' }),
  });
  realCase(
    'a rotation list [other key, real key] verifies',
    real.body,
    real.x_signature,
    accepted(real.body),
    {
      publicKey: [testPublicPem, real.public_key_pem],
    },
  );
  realCase('the wrong public key is refused', real.body, real.x_signature, refused('SIGNATURE_MISMATCH'), {
    publicKey: testPublicPem,
  });
  realCase('a garbage key fails to import', real.body, real.x_signature, refused('KEY_IMPORT_FAILED'), {
    publicKey: '-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----',
  });
  realCase(
    'SHA-512 verification of a SHA-256 signature is refused',
    real.body,
    real.x_signature,
    refused('SIGNATURE_MISMATCH'),
    {
      algorithm: 'SHA-512',
    },
  );

  const generated = (
    name: string,
    body: string | Uint8Array,
    signature: string,
    expect: Vector['expect'],
    options = {},
  ) =>
    vectors.push({
      name: `ummah: ${name}`,
      source: 'generated (scripts/keys/test-rsa-private.pem)',
      scheme: 'ummah',
      options: { publicKey: testPublicPem, ...options },
      headers: { 'X-Signature': signature },
      ...bodyField(body),
      expect,
    });
  const paid = JSON.stringify({
    id: 'd6c9e9e0-1b5a-4c6e-8b3a-0f1a2b3c4d5e',
    type: 'purchase',
    event_type: 'purchase.paid',
    status: 'paid',
    purchase: { total: 2999, currency: 'MYR', products: [{ name: 'Plan', price: 2999, quantity: '1.0000' }] },
    is_test: true,
    created_on: 1_600_000_000,
    updated_on: 1_600_000_100,
  });
  const envelope = JSON.stringify({
    id: 'evt-a1b2c3d4-e5f6-7890',
    type: 'purchase.paid',
    created_on: 1_700_000_000,
    object: {
      id: 'd6c9e9e0-1b5a-4c6e-8b3a-0f1a2b3c4d5e',
      status: 'paid',
      purchase: { total_amount: 2999, currency: 'USD' },
    },
  });
  const refund = JSON.stringify({
    id: 'e1f2',
    type: 'payment',
    event_type: 'payment.refunded',
    payment_type: 'refund',
    is_outgoing: true,
    amount: 500,
    currency: 'MYR',
    related_to: { type: 'purchase', id: 'd6c9' },
  });
  const unknown = JSON.stringify({ id: 'x1', event_type: 'purchase.teleported', status: 'teleported' });
  generated(
    'a purchase.paid callback signed with SHA-256 verifies (years-old created_on is not refused)',
    paid,
    rsa(paid),
    accepted(paid),
  );
  generated('a reference-style envelope event verifies', envelope, rsa(envelope), accepted(envelope));
  generated('a payment.refunded event verifies', refund, rsa(refund), accepted(refund));
  generated('an unknown event type passes through', unknown, rsa(unknown), accepted(unknown));
  generated(
    'a SHA-512 signature verifies with algorithm SHA-512',
    paid,
    rsa(paid, 'sha512'),
    accepted(paid),
    {
      algorithm: 'SHA-512',
    },
  );
  generated(
    'a SHA-512 signature is refused under the default SHA-256',
    paid,
    rsa(paid, 'sha512'),
    refused('SIGNATURE_MISMATCH'),
  );
  generated(
    'a signature by another key is refused',
    paid,
    rsa(paid, 'sha256', otherPrivate),
    refused('SIGNATURE_MISMATCH'),
  );
  generated(
    'a rotation list [old, new] accepts the new key',
    paid,
    rsa(paid, 'sha256', otherPrivate),
    accepted(paid),
    {
      publicKey: [testPublicPem, otherPublicPem],
    },
  );
  const invalidUtf8 = new Uint8Array([
    ...Buffer.from('{"note":"'),
    0xff,
    0xfe,
    ...Buffer.from('","id":"u1"}'),
  ]);
  generated(
    'an invalid UTF-8 body verifies when it was signed',
    invalidUtf8,
    rsa(invalidUtf8),
    accepted(invalidUtf8),
  );
  const bom = withBom(paid);
  generated('a signed body after a UTF-8 byte order mark verifies', bom, rsa(bom), accepted(bom));
  generated(
    'a signed text body after a byte order mark verifies',
    `\uFEFF${paid}`,
    rsa(`\uFEFF${paid}`),
    accepted(paid),
  );
  const ecPem = readFileSync(here('../keys/test-ec-public.pem'), 'utf8');
  generated('an EC public key (PEM) is not an RSA key', paid, rsa(paid), refused('KEY_IMPORT_FAILED'), {
    publicKey: ecPem,
  });
  generated('an EC public key (JWK) is not an RSA key', paid, rsa(paid), refused('KEY_IMPORT_FAILED'), {
    publicKey: createPublicKey(ecPem).export({ format: 'jwk' }),
  });
  generated('an empty body that was signed is not JSON', '', rsa(''), refused('INVALID_JSON'));
  generated('a signed body that is not JSON is refused as such', 'ok', rsa('ok'), refused('INVALID_JSON'));
  generated('an empty body under a real signature is refused', '', rsa(paid), refused('SIGNATURE_MISMATCH'));
}
