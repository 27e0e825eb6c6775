import { InvalidRequestError } from './errors/request-errors.js';

/**
 * Percent-encodes one path parameter for use as a single URL path segment. An id that is empty,
 * `.` or `..`, or contains `/` or `\`, is refused with `InvalidRequestError` before anything is
 * sent: such ids would address another resource than the one meant (`/purchases/../webhooks/`).
 * The error's message and its issue name the parameter.
 *
 * This is the plain function under the {@link path} tag, for callers that fill path templates
 * from named parameters (a generated route table, for instance).
 *
 * @param value The id, a string or a finite number.
 * @param name The parameter's name, e.g. `'id'` or `'client_id'`.
 * @example
 * `/clients/${encodePathParam(clientId, 'client_id')}/` // '/clients/b79d3df6-…/'
 * encodePathParam('../webhooks', 'id')                  // throws InvalidRequestError at `id`
 */
export function encodePathParam(value: unknown, name: string): string {
  const refuse = (reason: string): never => {
    throw new InvalidRequestError(`Invalid path parameter ${name}: ${reason}`, [
      { path: name, message: reason },
    ]);
  };
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return refuse(`expected a string or finite number, got ${value === null ? 'null' : typeof value}`);
  if (text.trim() === '') return refuse('the id is empty');
  if (text === '.' || text === '..') return refuse(`"${text}" is not an id`);
  if (text.includes('/') || text.includes('\\')) return refuse('an id may not contain "/" or "\\"');
  try {
    return encodeURIComponent(text);
  } catch {
    return refuse('the id is not well-formed Unicode'); // lone surrogates cannot be percent-encoded
  }
}

/**
 * Builds a URL path from a template, percent-encoding every interpolated id with
 * {@link encodePathParam}; a refused id is named by its position (`pathParams.0` for the first).
 *
 * @example
 * path`/purchases/${id}/capture/`            // '/purchases/8f2c…/capture/'
 * path`/clients/${clientId}/recurring_tokens/${tokenId}/`
 */
export function path(strings: TemplateStringsArray, ...ids: Array<string | number>): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < ids.length; i++) {
    out += encodePathParam(ids[i], `pathParams.${i}`) + (strings[i + 1] ?? '');
  }
  return out;
}
