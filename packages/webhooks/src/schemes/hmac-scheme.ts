import { fail } from '../errors.js';
import { isBase64 } from '../internal/encoding.js';

/**
 * How the signature header is laid out.
 * - `plain`: the header is the signature itself, optionally after a fixed prefix such as `sha256=`.
 * - `timestamped`: `t=<ts>,v1=<sig>[,v1=<sig>…]` (Stripe style); the timestamp travels inside the header.
 * - `versioned`: space-separated `v1,<sig>` entries (Standard Webhooks).
 */
export type SignatureFormat = 'plain' | 'timestamped' | 'versioned';

/** Definition of an HMAC-SHA256 webhook scheme, for {@link defineHmacScheme}. */
export interface HmacSchemeDefinition {
  /** Name used in error messages. */
  readonly name: string;
  /** Header carrying the signature (any casing). */
  readonly signatureHeader: string;
  /** @default 'plain' */
  readonly signatureFormat?: SignatureFormat;
  /** Fixed text before the signature in a `plain` header, e.g. `sha256=`. @default '' */
  readonly signaturePrefix?: string;
  /**
   * Header carrying the Unix timestamp (seconds). For `timestamped` headers the `t=` value is
   * authoritative and this header, when sent, must agree with it.
   */
  readonly timestampHeader?: string;
  /** Header carrying the delivery id, used in the signed content as `{id}` and for deduplication. */
  readonly idHeader?: string;
  /**
   * What is signed, with `{timestamp}`, `{id}` and `{body}` placeholders; `{body}` must appear once.
   * @default '{timestamp}.{body}' when the scheme has a timestamp, else '{body}'
   */
  readonly content?: string;
  /** How the MAC is written. @default 'hex' */
  readonly encoding?: 'hex' | 'base64';
  /**
   * How secrets are turned into key bytes: `utf8` uses the text as is; `base64` decodes it after removing
   * an optional `whsec_` prefix (Standard Webhooks).
   * @default 'utf8'
   */
  readonly secretEncoding?: 'utf8' | 'base64';
}

/**
 * A compiled HMAC scheme, accepted as the `scheme` option. The type parameter is the event type
 * `verifyWebhook` returns for it.
 */
export interface HmacScheme<Event = unknown> {
  readonly kind: 'hmac';
  readonly name: string;
  readonly signatureHeader: string;
  readonly signatureFormat: SignatureFormat;
  readonly signaturePrefix: string;
  readonly timestampHeader: string | undefined;
  readonly idHeader: string | undefined;
  readonly encoding: 'hex' | 'base64';
  readonly secretEncoding: 'utf8' | 'base64';
  /** Whether deliveries carry a signed timestamp (and so are checked against the tolerance). */
  readonly timestamped: boolean;
  /** Whether the delivery id is part of the signed content (then its header is required). */
  readonly idSigned: boolean;
  /** Signed content before and after the body, still holding `{timestamp}`/`{id}` placeholders. */
  readonly before: string;
  readonly after: string;
  /** Phantom field carrying the event type; never set at runtime. */
  readonly __event?: Event;
}

/**
 * Build a verifier scheme for any other HMAC-SHA256 provider.
 *
 * @example
 * ```ts
 * const acme = defineHmacScheme({
 *   name: 'acme',
 *   signatureHeader: 'X-Acme-Signature',
 *   timestampHeader: 'X-Acme-Timestamp',
 *   content: '{timestamp}:{body}',
 *   encoding: 'base64',
 * });
 * const event = await verifyWebhook({ payload, headers, secret, scheme: acme });
 * ```
 */
export function defineHmacScheme<Event = unknown>(definition: HmacSchemeDefinition): HmacScheme<Event> {
  const scheme = compileHmacScheme<Event>(definition);
  const content = scheme.before + scheme.after;
  if (
    (definition.content ?? '{body}').split('{body}').length !== 2 ||
    (!scheme.timestamped && content.includes('{timestamp}')) ||
    // A timestamp checked for freshness but not signed could be replaced on a replayed delivery.
    (scheme.timestamped && !content.includes('{timestamp}')) ||
    (scheme.idHeader === undefined && content.includes('{id}'))
  ) {
    throw new TypeError(
      `Scheme ${definition.name}: content must hold {body} once, must sign {timestamp} when the scheme has one, and only use {timestamp}/{id} when their headers are set.`,
    );
  }
  return scheme;
}

/** {@link defineHmacScheme} without validation, for the built-in schemes (keeps edge bundles small). */
export function compileHmacScheme<Event = unknown>(definition: HmacSchemeDefinition): HmacScheme<Event> {
  const format = definition.signatureFormat ?? 'plain';
  const timestampHeader = definition.timestampHeader?.toLowerCase();
  const timestamped = format === 'timestamped' || timestampHeader !== undefined;
  const content = definition.content ?? (timestamped ? '{timestamp}.{body}' : '{body}');
  const [before, after = ''] = content.split('{body}');
  return Object.freeze({
    kind: 'hmac',
    name: definition.name,
    signatureHeader: definition.signatureHeader.toLowerCase(),
    signatureFormat: format,
    signaturePrefix: definition.signaturePrefix ?? '',
    timestampHeader,
    idHeader: definition.idHeader?.toLowerCase(),
    encoding: definition.encoding ?? 'hex',
    secretEncoding: definition.secretEncoding ?? 'utf8',
    timestamped,
    idSigned: content.includes('{id}'),
    before: before!,
    after,
  });
}

/**
 * A scheme's signed content around the body (`before` or `after`) with its `{timestamp}` and `{id}`
 * placeholders filled in.
 */
export function fillContent(template: string, timestamp = '', id = ''): string {
  // The built-in templates without a regular expression on the hot path.
  if (template === '') return '';
  if (template === '{timestamp}.') return `${timestamp}.`;
  if (template === '{id}.{timestamp}.') return `${id}.${timestamp}.`;
  // A replacer function, not a replacement string: `$&` in a header must stay literal.
  return template.replace(/\{(timestamp|id)\}/g, (_, name) => (name === 'id' ? id : timestamp));
}

/** Candidate signatures (as sent) and the `t=` timestamp found in a signature header. */
export interface ParsedSignatureHeader {
  timestamp: string | undefined;
  signatures: string[];
}

// Lowercase only, as every provider sends it: one spelling per signature.
const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * Refuse candidates that are not a canonical lowercase-hex or padded-base64 HMAC-SHA256. Called only
 * when no candidate matched, to tell a malformed header from a wrong signature: a matching candidate
 * equals our own canonical digest, and the other entries of a list that has one do not matter.
 */
export function checkSignatureFormat(scheme: HmacScheme, signatures: readonly string[]): void {
  for (const value of signatures) {
    if (scheme.encoding === 'hex' ? !HEX_SHA256.test(value) : value.length !== 44 || !isBase64(value)) {
      fail('MALFORMED_SIGNATURE', `Signature is not ${scheme.encoding} HMAC-SHA256.`);
    }
  }
}

function malformed(): never {
  return fail('MALFORMED_SIGNATURE', 'Signature header is not t=<ts>,v1=<sig>.');
}

/**
 * Split a signature header according to the scheme's format. Strict on purpose: whitespace, empty or
 * duplicate `t=` entries are refused rather than guessed at (encodings: {@link checkSignatureFormat}).
 */
export function parseSignatureHeader(scheme: HmacScheme, header: string): ParsedSignatureHeader {
  const signatures: string[] = [];
  let timestamp: string | undefined;
  if (scheme.signatureFormat === 'plain') {
    if (!header.startsWith(scheme.signaturePrefix)) fail('MALFORMED_SIGNATURE', 'Signature prefix missing.');
    signatures.push(header.slice(scheme.signaturePrefix.length));
  } else if (scheme.signatureFormat === 'timestamped') {
    // Walk `k=v,k=v` by index rather than split(): this runs on every delivery.
    for (let start = 0; start <= header.length; ) {
      let end = header.indexOf(',', start);
      if (end < 0) end = header.length;
      const eq = header.indexOf('=', start);
      if (eq <= start || eq >= end - 1) malformed();
      const value = header.slice(eq + 1, end);
      if (eq === start + 1 && header.charCodeAt(start) === 0x74 /* t */) {
        if (timestamp !== undefined) malformed();
        // Whitespace in t= is refused by the timestamp parser.
        timestamp = value;
      } else if (eq === start + 2 && header.startsWith('v1', start)) {
        signatures.push(value);
      } else if (!/^[a-z0-9]+$/.test(header.slice(start, eq)) || /\s/.test(value)) {
        malformed();
      }
      // Other keys (v0, future versions) are skipped, as providers add them during algorithm migrations.
      start = end + 1;
    }
    if (timestamp === undefined) malformed();
  } else {
    // Space-separated `version,signature` entries, walked by index like the timestamped form.
    for (let start = 0; start <= header.length; ) {
      let end = header.indexOf(' ', start);
      if (end < 0) end = header.length;
      const comma = header.indexOf(',', start);
      if (comma <= start || comma >= end)
        fail('MALFORMED_SIGNATURE', 'Signature entry is not v1,<signature>.');
      // v1a (asymmetric) and future versions are skipped: they need keys this scheme does not hold.
      if (comma === start + 2 && header.startsWith('v1', start))
        signatures.push(header.slice(comma + 1, end));
      start = end + 1;
    }
  }
  if (signatures.length === 0) fail('MALFORMED_SIGNATURE', 'Signature header has no v1.');
  return { timestamp, signatures };
}
