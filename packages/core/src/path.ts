import { InvalidRequestError } from './errors/request-errors.js';

/**
 * Builds a URL path from a template, percent-encoding every interpolated id. An id that is empty,
 * `.` or `..`, or contains `/`, is refused with `InvalidRequestError` before anything is sent: such
 * ids would address another resource than the one meant (`/purchases/../webhooks/`).
 *
 * @example
 * path`/purchases/${id}/capture/`            // '/purchases/8f2c…/capture/'
 * path`/clients/${clientId}/recurring_tokens/${tokenId}/`
 */
export function path(strings: TemplateStringsArray, ...ids: Array<string | number>): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < ids.length; i++) {
    out += encodeSegment(ids[i], i) + (strings[i + 1] ?? '');
  }
  return out;
}

function encodeSegment(id: unknown, index: number): string {
  const refuse = (reason: string): never => {
    throw new InvalidRequestError(`Invalid path parameter #${index + 1}: ${reason}`, [
      { path: `pathParams.${index}`, message: reason },
    ]);
  };
  let text: string;
  if (typeof id === 'string') text = id;
  else if (typeof id === 'number' && Number.isFinite(id)) text = String(id);
  else return refuse(`expected a string or finite number, got ${id === null ? 'null' : typeof id}`);
  if (text.trim() === '') return refuse('the id is empty');
  if (text === '.' || text === '..') return refuse(`"${text}" is not an id`);
  if (text.includes('/') || text.includes('\\')) return refuse('an id may not contain "/" or "\\"');
  try {
    return encodeURIComponent(text);
  } catch {
    return refuse('the id is not well-formed Unicode'); // lone surrogates cannot be percent-encoded
  }
}
