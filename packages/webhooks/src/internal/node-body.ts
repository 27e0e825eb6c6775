// The raw body of a Node request, for the Express middleware and handler.
import { fail, WebhookVerificationError } from '../errors.js';
import type { WebhookRequest } from '../types/express-handler.js';

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).length === 0
  );
}

/** The largest body read from the stream, checked once when a middleware or handler is created. */
export function bodyLimit(limit = 1_048_576): number {
  if (!Number.isFinite(limit) || limit < 0)
    fail('INVALID_OPTIONS', 'limit must be a non-negative number of bytes.');
  return limit;
}

/**
 * The exact bytes of the request: `req.body` when `express.raw()` read it, else read from the stream
 * (at most `limit` bytes). Refused when a parser already decoded or parsed the body.
 */
export function readBody(req: WebhookRequest, limit: number): Promise<Uint8Array | string> {
  const { body } = req;
  if (body instanceof Uint8Array) return Promise.resolve(body);
  // A string body is a decoded copy: express.text() may have replaced invalid UTF-8, and
  // express.json({ strict: false }) turns a JSON string literal into its contents. Neither is what was
  // signed, so only express.raw() (a Buffer) or no parser at all is accepted.
  if (typeof body === 'string') {
    return Promise.reject(
      new WebhookVerificationError(
        'PAYLOAD_PARSED',
        "req.body is a string (express.text() or express.json()?); mount express.raw({ type: 'application/json' }) or no parser before this middleware.",
      ),
    );
  }
  // Express 4 body parsers set `{}` before checking the content type; an unread stream means no parser ran.
  const unread = !req.readableEnded;
  const untouched = body === undefined || (unread && isEmptyObject(body));
  if (!untouched) {
    return Promise.reject(
      new WebhookVerificationError(
        'PAYLOAD_PARSED',
        "req.body was already parsed (express.json()?); mount express.raw({ type: 'application/json' }) or no parser before this middleware.",
      ),
    );
  }
  if (!unread) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new WebhookVerificationError('INVALID_PAYLOAD', `The body exceeds the ${limit}-byte limit.`));
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
