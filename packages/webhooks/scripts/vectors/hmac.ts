// Conformance vectors shared by every HMAC scheme: one genuine delivery and its refusals.
import { createHmac } from 'node:crypto';
import {
  accepted,
  bodyField,
  bytesOf,
  flip,
  type Headers,
  NOW,
  refused,
  type Vector,
  withBom,
} from './common.js';

export interface HmacCase {
  scheme: string | Record<string, string>;
  label: string;
  secret: string;
  key: Buffer; // HMAC key bytes
  header: string;
  timestampHeader?: string;
  idHeader?: string;
  encoding: 'hex' | 'base64';
  format: 'timestamped' | 'plain' | 'versioned';
  content: (ts: string, id: string, body: Buffer) => Buffer;
  extra?: (ts: string) => Headers;
  /** A second, outdated secret for the rotation vector. */
  oldSecret?: string;
}

const mac = (c: HmacCase, ts: string, id: string, body: string | Uint8Array, key = c.key) =>
  createHmac('sha256', key)
    .update(c.content(ts, id, bytesOf(body)))
    .digest(c.encoding);

function headersFor(c: HmacCase, ts: string, id: string, signatures: string[]): Headers {
  const h: Headers = {};
  h[c.header] =
    c.format === 'timestamped'
      ? [`t=${ts}`, ...signatures.map((s) => `v1=${s}`)].join(',')
      : c.format === 'versioned'
        ? signatures.map((s) => `v1,${s}`).join(' ')
        : signatures.join(',');
  if (c.timestampHeader) h[c.timestampHeader] = ts;
  if (c.idHeader) h[c.idHeader] = id;
  return { ...h, ...c.extra?.(ts) };
}

export function hmacVectors(vectors: Vector[], c: HmacCase, source: string) {
  const body = JSON.stringify({
    id: `evt_${c.label}_1`,
    type: 'charge.succeeded',
    data: { id: 'ch_1', amount: 12900 },
  });
  const ts = String(NOW);
  const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
  const good = mac(c, ts, id, body);
  const add = (
    name: string,
    headers: Headers,
    payload: string | Uint8Array,
    expect: Vector['expect'],
    options = {},
    now = NOW,
  ) =>
    vectors.push({
      name: `${c.label}: ${name}`,
      source,
      scheme: c.scheme,
      options: { secret: c.secret, ...options },
      now,
      headers,
      ...bodyField(payload),
      expect,
    });
  const wrongKey = Buffer.from('not-the-secret');
  const timed = c.format === 'timestamped' || c.timestampHeader !== undefined;

  add('a genuine delivery verifies', headersFor(c, ts, id, [good]), body, accepted(body));
  add('a rotation list [old, current] verifies', headersFor(c, ts, id, [good]), body, accepted(body), {
    secret: [c.oldSecret ?? 'old-secret-still-listed', c.secret],
  });
  add(
    'a wrong secret is refused',
    headersFor(c, ts, id, [mac(c, ts, id, body, wrongKey)]),
    body,
    refused('SIGNATURE_MISMATCH'),
  );
  add(
    'a tampered body is refused',
    headersFor(c, ts, id, [good]),
    flip(body, 10),
    refused('SIGNATURE_MISMATCH'),
  );
  add(
    'a truncated body is refused',
    headersFor(c, ts, id, [good]),
    body.slice(0, -1),
    refused('SIGNATURE_MISMATCH'),
  );
  add(
    'an empty body under a real signature is refused',
    headersFor(c, ts, id, [good]),
    '',
    refused('SIGNATURE_MISMATCH'),
  );
  add(
    'an empty body that was signed is not JSON',
    headersFor(c, ts, id, [mac(c, ts, id, '')]),
    '',
    refused('INVALID_JSON'),
  );
  if (c.encoding === 'hex') {
    add(
      'an uppercase hex signature is malformed (providers send lowercase)',
      headersFor(c, ts, id, [good.toUpperCase()]),
      body,
      refused('MALFORMED_SIGNATURE'),
    );
  } else {
    const last = good.at(-2)!;
    const twin = `${good.slice(0, -2)}${String.fromCharCode(last.charCodeAt(0) + 1)}=`;
    add(
      'a non-canonical base64 spelling of the signature is malformed',
      headersFor(c, ts, id, [twin]),
      body,
      refused('MALFORMED_SIGNATURE'),
    );
  }
  add(
    'a truncated signature is malformed',
    headersFor(c, ts, id, [good.slice(0, -2)]),
    body,
    refused('MALFORMED_SIGNATURE'),
  );
  const bad = c.encoding === 'hex' ? `${good.slice(0, -1)}g` : `${good.slice(0, -2)}!=`;
  add(
    `bad ${c.encoding} in the signature is malformed`,
    headersFor(c, ts, id, [bad]),
    body,
    refused('MALFORMED_SIGNATURE'),
  );
  const spaced = headersFor(c, ts, id, [good]);
  const value = spaced[c.header] as string;
  spaced[c.header] =
    c.format === 'timestamped'
      ? value.replace(',', ', ')
      : c.format === 'versioned'
        ? value.replace(',', ', ')
        : `${good.slice(0, 20)} ${good.slice(20)}`;
  add('spaces inside the signature header are malformed', spaced, body, refused('MALFORMED_SIGNATURE'));
  const missing = headersFor(c, ts, id, [good]);
  delete missing[c.header];
  add('a missing signature header is refused', missing, body, refused('MISSING_HEADER'));
  add(
    'an empty signature header is refused',
    { ...headersFor(c, ts, id, [good]), [c.header]: '' },
    body,
    refused('MISSING_HEADER'),
  );
  const twice = headersFor(c, ts, id, [good]);
  twice[c.header] = [twice[c.header] as string, twice[c.header] as string];
  add('a signature header sent twice is refused', twice, body, refused('DUPLICATE_HEADER'));
  const upper: Headers = {};
  for (const [k, v] of Object.entries(headersFor(c, ts, id, [good]))) upper[k.toUpperCase()] = v;
  add('header names in any casing verify', upper, body, accepted(body));
  const invalidUtf8 = new Uint8Array([
    ...Buffer.from('{"note":"'),
    0xc3,
    0x28,
    ...Buffer.from('","ok":true}'),
  ]);
  add(
    'an invalid UTF-8 body verifies when it was signed',
    headersFor(c, ts, id, [mac(c, ts, id, invalidUtf8)]),
    invalidUtf8,
    accepted(invalidUtf8),
  );
  add(
    'a signed body that is not JSON is refused as such',
    headersFor(c, ts, id, [mac(c, ts, id, 'ok')]),
    'ok',
    refused('INVALID_JSON'),
  );
  const bom = withBom(body);
  add(
    'a signed body after a UTF-8 byte order mark verifies',
    headersFor(c, ts, id, [mac(c, ts, id, bom)]),
    bom,
    accepted(bom),
  );
  if (c.format !== 'plain') {
    add(
      'a list verifies when one entry matches and another is malformed',
      headersFor(c, ts, id, [bad, good]),
      body,
      accepted(body),
    );
    add(
      'a list verifies when its first entry matches and a later one is malformed',
      headersFor(c, ts, id, [good, good.slice(0, 8)]),
      body,
      accepted(body),
    );
    add(
      'several v1 signatures verify when one matches',
      headersFor(c, ts, id, [mac(c, ts, id, body, wrongKey), good]),
      body,
      accepted(body),
    );
    add(
      'several v1 signatures are refused when none matches',
      headersFor(c, ts, id, [mac(c, ts, id, body, wrongKey), mac(c, ts, id, 'x')]),
      body,
      refused('SIGNATURE_MISMATCH'),
    );
  }
  if (c.format === 'timestamped') {
    const dup = headersFor(c, ts, id, [good]);
    dup[c.header] = `t=${ts},${dup[c.header] as string}`;
    add('a duplicate t= entry is malformed', dup, body, refused('MALFORMED_SIGNATURE'));
    const noV1 = headersFor(c, ts, id, [good]);
    noV1[c.header] = `t=${ts},v0=${good}`;
    add('a header with no v1 entry is malformed', noV1, body, refused('MALFORMED_SIGNATURE'));
  }
  if (c.format === 'versioned') {
    add(
      'an unknown version is skipped, leaving no v1 (malformed)',
      { ...headersFor(c, ts, id, [good]), [c.header]: `v2,${good}` },
      body,
      refused('MALFORMED_SIGNATURE'),
    );
    add(
      'v1a entries are skipped while v1 matches',
      { ...headersFor(c, ts, id, [good]), [c.header]: `v1a,${good} v1,${good}` },
      body,
      accepted(body),
    );
  }
  if (!timed) return;
  add(
    'a delivery exactly at the past tolerance verifies',
    headersFor(c, String(NOW - 300), id, [mac(c, String(NOW - 300), id, body)]),
    body,
    accepted(body),
  );
  add(
    'a stale delivery is refused',
    headersFor(c, String(NOW - 301), id, [mac(c, String(NOW - 301), id, body)]),
    body,
    refused('TIMESTAMP_TOO_OLD'),
  );
  add(
    'a delivery exactly at the future tolerance verifies',
    headersFor(c, String(NOW + 300), id, [mac(c, String(NOW + 300), id, body)]),
    body,
    accepted(body),
  );
  add(
    'a delivery from the future is refused',
    headersFor(c, String(NOW + 301), id, [mac(c, String(NOW + 301), id, body)]),
    body,
    refused('TIMESTAMP_IN_FUTURE'),
  );
  add(
    'separate past/future tolerances apply',
    headersFor(c, String(NOW - 1000), id, [mac(c, String(NOW - 1000), id, body)]),
    body,
    accepted(body),
    {
      tolerance: { past: 3600, future: 5 },
    },
  );
  add(
    'a future delivery within a wide past tolerance is still refused',
    headersFor(c, String(NOW + 60), id, [mac(c, String(NOW + 60), id, body)]),
    body,
    refused('TIMESTAMP_IN_FUTURE'),
    {
      tolerance: { past: 3600, future: 5 },
    },
  );
  const ms = String(NOW * 1000);
  add(
    'a millisecond timestamp is refused',
    headersFor(c, ms, id, [mac(c, ms, id, body)]),
    body,
    refused('TIMESTAMP_IN_MILLISECONDS'),
  );
  const float = `${NOW}.5`;
  add(
    'a fractional timestamp is refused',
    headersFor(c, float, id, [mac(c, float, id, body)]),
    body,
    refused('TIMESTAMP_NOT_INTEGER'),
  );
  const junk = `${NOW}abc`;
  add(
    'a timestamp like 123abc is refused',
    headersFor(c, junk, id, [mac(c, junk, id, body)]),
    body,
    refused('TIMESTAMP_INVALID'),
  );
  add(
    'a signature replayed under a new timestamp is refused',
    headersFor(c, String(NOW + 10), id, [good]),
    body,
    refused('SIGNATURE_MISMATCH'),
  );
  if (c.timestampHeader && c.format !== 'timestamped') {
    const noTs = headersFor(c, ts, id, [good]);
    delete noTs[c.timestampHeader];
    add('a missing timestamp header is refused', noTs, body, refused('MISSING_HEADER'));
  }
}

/** Join parts with '.' as bytes. */
export const dot = (...parts: (string | Buffer)[]) =>
  Buffer.concat(parts.map((p, i) => Buffer.concat([i ? Buffer.from('.') : Buffer.alloc(0), Buffer.from(p)])));
