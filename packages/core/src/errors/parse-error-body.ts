/** What an error-body parser extracts from a gateway error response. */
export interface ParsedErrorBody {
  /** Stable machine-readable code, when the body has one. */
  code?: string;
  /** Human-readable message. */
  message?: string;
  /** Field-level problems keyed by dotted field path. */
  details?: Record<string, string[]>;
}

/** Parsed error body plus the card decline reason, which the default parser also extracts. */
export interface DefaultParsedErrorBody extends ParsedErrorBody {
  declineCode?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value the gateway uses as a code: `card_declined`, `invalid_api_key` (not `'Bad Request'`). */
const CODE_PATTERN = /^[a-z][a-z0-9_.-]{0,63}$/;

/** Flattens `{ client: { email: ['required'] } }` into `{ 'client.email': ['required'] }`. */
// `out` is a Map, not an object: field names come from the network and may be `__proto__` or
// `toString`, which would otherwise hit Object.prototype.
function flattenDetails(value: unknown, prefix: string, out: Map<string, string[]>, depth: number): void {
  if (depth > 8) return; // a hostile or accidental deep body must not blow the stack
  if (Array.isArray(value)) {
    const messages: string[] = [];
    value.forEach((item, index) => {
      if (isRecord(item) || Array.isArray(item)) flattenDetails(item, `${prefix}.${index}`, out, depth + 1);
      else if (item !== null && item !== undefined) messages.push(String(item));
    });
    if (messages.length > 0) out.set(prefix, [...(out.get(prefix) ?? []), ...messages]);
    return;
  }
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      flattenDetails(inner, prefix === '' ? key : `${prefix}.${key}`, out, depth + 1);
    }
    return;
  }
  if (value !== null && value !== undefined) out.set(prefix, [...(out.get(prefix) ?? []), String(value)]);
}

const RESERVED = new Set(['error', 'message', 'detail', 'details', 'code', 'status', 'decline_code']);

/**
 * The default parser for the gateway's error bodies. Every documented shape is understood:
 * - `{ error: 'card_declined', message: '…', details: { decline_code: 'insufficient_funds' } }`
 * - `{ error: 'Bad Request', details: { 'client.email': ['This field is required.'] } }`
 * - `{ error: 'Not Found', detail: 'Object with this ID does not exist.' }`
 * - `{ __all__: ['…'] }` and other bare field maps (`{ email: ['Enter a valid email.'] }`)
 * Any other JSON value yields an empty result; it never throws.
 */
export function parseErrorBody(body: unknown): DefaultParsedErrorBody {
  if (!isRecord(body)) {
    return typeof body === 'string' && body.trim() !== '' ? { message: body.trim() } : {};
  }
  const result: DefaultParsedErrorBody = {};
  const details = new Map<string, string[]>();

  const error = body.error;
  if (typeof error === 'string' && CODE_PATTERN.test(error)) result.code = error;
  else if (typeof body.code === 'string' && CODE_PATTERN.test(body.code)) result.code = body.code;

  if (typeof body.message === 'string' && body.message !== '') result.message = body.message;
  else if (typeof body.detail === 'string' && body.detail !== '') result.message = body.detail;
  else if (typeof error === 'string' && error !== '' && result.code === undefined) result.message = error;
  else if (isRecord(error) && typeof error.message === 'string') {
    // `{ error: { code, message } }`, as some proxies in front of the gateway answer.
    result.message = error.message;
    if (typeof error.code === 'string' && CODE_PATTERN.test(error.code)) result.code = error.code;
  }

  if (body.details !== undefined) flattenDetails(body.details, '', details, 0);
  if (isRecord(body.detail) || Array.isArray(body.detail)) flattenDetails(body.detail, '', details, 0);
  // Bare field maps (Django REST style): every non-reserved key holding strings is a field error.
  for (const [key, value] of Object.entries(body)) {
    if (RESERVED.has(key)) continue;
    if (typeof value === 'string' || Array.isArray(value) || isRecord(value)) {
      flattenDetails(value, key, details, 0);
    }
  }

  const decline = isRecord(body.details) ? body.details.decline_code : body.decline_code;
  if (typeof decline === 'string' && decline !== '') result.declineCode = decline;

  const first = details.entries().next().value;
  if (first !== undefined) {
    result.details = Object.fromEntries(details);
    const summary =
      first[0] === '__all__' || first[0] === '' ? first[1].join(' ') : `${first[0]}: ${first[1].join(' ')}`;
    // `{ error: 'Bad Request', details: {...} }`: the status phrase alone says little, so the first
    // field problem is appended; a specific message from the gateway is kept as is.
    if (result.message === undefined) result.message = summary;
    else if (result.message === error && result.code === undefined)
      result.message = `${result.message}: ${summary}`;
  }
  return result;
}
