// The HMAC schemes' vectors: each provider's layout, a custom scheme, and the Standard Webhooks vector.
import { createHmac } from 'node:crypto';
import { accepted, fixture, NOW, refused, type Vector } from './common.js';
import { dot, hmacVectors } from './hmac.js';

/** Append the vectors of every HMAC scheme. */
export function addHmacVectors(vectors: Vector[]): void {
  hmacVectors(
    vectors,
    {
      scheme: 'plumaas',
      label: 'plumaas',
      secret: 'plumaas_test_whsec_0123456789abcdef',
      key: Buffer.from('plumaas_test_whsec_0123456789abcdef'),
      header: 'x-plumaas-signature',
      encoding: 'hex',
      format: 'timestamped',
      content: (ts, _id, body) => dot(ts, body),
      extra: (ts) => ({ 'x-plumaas-timestamp': ts, 'x-plumaas-event': 'charge.succeeded' }),
    },
    'generated from reference/000 (Plumaas): t=<ts>,v1=<hex> over "<ts>.<body>"',
  );
  vectors.push({
    name: 'plumaas: an X-Plumaas-Timestamp that disagrees with t= is malformed',
    source: 'generated',
    scheme: 'plumaas',
    options: { secret: 'plumaas_test_whsec_0123456789abcdef' },
    now: NOW,
    headers: {
      'x-plumaas-signature': `t=${NOW},v1=${createHmac('sha256', 'plumaas_test_whsec_0123456789abcdef').update(`${NOW}.{}`).digest('hex')}`,
      'x-plumaas-timestamp': String(NOW - 1),
    },
    body: '{}',
    expect: refused('MALFORMED_SIGNATURE'),
  });
  hmacVectors(
    vectors,
    {
      scheme: 'plexos',
      label: 'plexos',
      secret: 'whsec_plexos_test_secret',
      key: Buffer.from('whsec_plexos_test_secret'),
      header: 'x-plexos-signature',
      timestampHeader: 'x-plexos-timestamp',
      encoding: 'hex',
      format: 'plain',
      content: (ts, _id, body) => dot(ts, body),
    },
    'generated from reference/001 (Plexos Pay): hex X-Plexos-Signature over "<X-Plexos-Timestamp>.<body>"',
  );
  hmacVectors(
    vectors,
    {
      scheme: 'plugipay',
      label: 'plugipay',
      secret: 'plugipay_test_secret',
      key: Buffer.from('plugipay_test_secret'),
      header: 'x-plugipay-signature',
      encoding: 'hex',
      format: 'timestamped',
      content: (ts, _id, body) => dot(ts, body),
    },
    'generated; reference/003 (Plugipay) does not give the format, t=<ts>,v1=<hex> over "<ts>.<body>" is assumed',
  );
  hmacVectors(
    vectors,
    {
      scheme: 'pebblepay',
      label: 'pebblepay',
      secret: 'pebble_signing_key_test',
      key: Buffer.from('pebble_signing_key_test'),
      header: 'x-webhook-signature',
      idHeader: 'x-webhook-id',
      encoding: 'hex',
      format: 'plain',
      content: (_ts, _id, body) => body,
    },
    'generated from reference/004 (PebblePay): hex X-Webhook-Signature of the raw body',
  );
  const whsec = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  hmacVectors(
    vectors,
    {
      scheme: 'standard-webhooks',
      label: 'standard-webhooks',
      secret: whsec,
      key: Buffer.from(whsec.slice(6), 'base64'),
      header: 'webhook-signature',
      timestampHeader: 'webhook-timestamp',
      idHeader: 'webhook-id',
      encoding: 'base64',
      format: 'versioned',
      content: (ts, id, body) => dot(id, ts, body),
      oldSecret: `whsec_${Buffer.from('old-secret-still-listed').toString('base64')}`,
    },
    'generated per the Standard Webhooks spec: v1,<b64> over "<id>.<ts>.<body>"',
  );
  hmacVectors(
    vectors,
    {
      scheme: {
        name: 'acme',
        signatureHeader: 'X-Acme-Signature',
        timestampHeader: 'X-Acme-Time',
        content: '{timestamp}:{body}',
        encoding: 'base64',
      },
      label: 'custom',
      secret: 'acme-secret',
      key: Buffer.from('acme-secret'),
      header: 'x-acme-signature',
      timestampHeader: 'x-acme-time',
      encoding: 'base64',
      format: 'plain',
      content: (ts, _id, body) => Buffer.concat([Buffer.from(`${ts}:`), body]),
    },
    'generated for defineHmacScheme (custom header names, ":" separator, base64)',
  );

  const sw = fixture<Record<string, string>>('standard-webhooks-vector.json');
  const swHeaders = {
    'webhook-id': sw.webhook_id!,
    'webhook-timestamp': sw.webhook_timestamp!,
    'webhook-signature': sw.webhook_signature!,
  };
  const swSource = `reference/fixtures/standard-webhooks-vector.json (${sw.source})`;
  vectors.push(
    {
      name: 'standard-webhooks: the official vector verifies',
      source: swSource,
      scheme: 'standard-webhooks',
      options: { secret: sw.secret },
      now: Number(sw.webhook_timestamp),
      headers: swHeaders,
      body: sw.payload!,
      expect: accepted(sw.payload!),
    },
    {
      name: 'standard-webhooks: the official vector verifies with the secret without its whsec_ prefix',
      source: swSource,
      scheme: 'standard-webhooks',
      options: { secret: sw.secret!.slice(6) },
      now: Number(sw.webhook_timestamp),
      headers: swHeaders,
      body: sw.payload!,
      expect: accepted(sw.payload!),
    },
    {
      name: 'standard-webhooks: the official vector is stale today',
      source: swSource,
      scheme: 'standard-webhooks',
      options: { secret: sw.secret },
      now: NOW,
      headers: swHeaders,
      body: sw.payload!,
      expect: refused('TIMESTAMP_TOO_OLD'),
    },
    {
      name: 'standard-webhooks: the official vector under another webhook-id is refused',
      source: swSource,
      scheme: 'standard-webhooks',
      options: { secret: sw.secret },
      now: Number(sw.webhook_timestamp),
      headers: { ...swHeaders, 'webhook-id': 'msg_other' },
      body: sw.payload!,
      expect: refused('SIGNATURE_MISMATCH'),
    },
    {
      name: 'standard-webhooks: a missing webhook-id is refused',
      source: swSource,
      scheme: 'standard-webhooks',
      options: { secret: sw.secret },
      now: Number(sw.webhook_timestamp),
      headers: { 'webhook-timestamp': sw.webhook_timestamp!, 'webhook-signature': sw.webhook_signature! },
      body: sw.payload!,
      expect: refused('MISSING_HEADER'),
    },
    {
      name: 'standard-webhooks: a secret that is not base64 fails to import',
      source: swSource,
      scheme: 'standard-webhooks',
      options: { secret: 'whsec_not base64!' },
      now: Number(sw.webhook_timestamp),
      headers: swHeaders,
      body: sw.payload!,
      expect: refused('KEY_IMPORT_FAILED'),
    },
  );
}
