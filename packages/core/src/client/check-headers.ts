import { InvalidRequestError } from '../errors/request-errors.js';

/** A valid header name (an RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Characters a header value cannot carry: CR, LF, NUL and anything above U+00FF. */
const BAD_VALUE = /[\r\n\0\u0100-\uffff]/;

/**
 * Throws `InvalidRequestError` for a header that cannot be sent (a value with CR/LF, NUL or a
 * character above U+00FF, a malformed name), so the call fails before any attempt instead of as a
 * connection error after retries.
 *
 * @param source - where the headers came from, for the message (`options.headers`, a hook …).
 */
export function checkHeaders(headers: Record<string, string>, source: string): void {
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (!HEADER_NAME.test(name)) {
      throw new InvalidRequestError(`Header name ${JSON.stringify(name)} from ${source} is not valid.`, [
        { path: `${source}.${name}`, message: 'Expected an HTTP token' },
      ]);
    }
    if (typeof value !== 'string' || BAD_VALUE.test(value)) {
      throw new InvalidRequestError(
        `Header \`${name}\` from ${source} cannot be sent: it must be a string without CR, LF, NUL or characters above U+00FF.`,
        [{ path: `${source}.${name}`, message: 'Expected a header-safe string' }],
      );
    }
  }
}
