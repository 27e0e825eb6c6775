import type { Transport, TransportRequest, TransportResponse } from '../transport/types.js';
import type { AbortLike } from './deadline.js';

/**
 * Internal fast path of the built-in Node transports: the engine hands them the call's deadline
 * as an {@link AbortLike} instead of a per-call `AbortSignal`, and skips racing it (they honour
 * the signal for both the head and the body). Registry symbol so every build of the package agrees.
 */
export const SEND_FAST: unique symbol = Symbol.for('ummah.transport.sendFast') as never;

/** A transport that offers the fast path. */
export interface FastTransport extends Transport {
  [SEND_FAST](request: Omit<TransportRequest, 'signal'>, signal: AbortLike): Promise<TransportResponse>;
}

/** A transport whose `request` and fast path both go through `send`. */
export function fastTransport(
  send: (
    request: Omit<TransportRequest, 'signal'>,
    signal: AbortSignal | AbortLike,
  ) => Promise<TransportResponse>,
): FastTransport {
  return { request: (req) => send(req, req.signal), [SEND_FAST]: send };
}

/** Whether `transport` offers the fast path. */
export function isFastTransport(transport: Transport): transport is FastTransport {
  return typeof (transport as Partial<FastTransport>)[SEND_FAST] === 'function';
}

/**
 * Optional cheap header lookup on a transport response (lower-case name), so the engine can read
 * one header such as the request id without materialising a `Headers` object.
 */
export const READ_HEADER: unique symbol = Symbol.for('ummah.transport.readHeader') as never;

/** Reads one response header, through the cheap lookup when the response offers it. */
export function readHeader(response: TransportResponse, name: string): string | undefined {
  const fast = (response as { [READ_HEADER]?: (name: string) => string | undefined })[READ_HEADER];
  return fast === undefined ? (response.headers.get(name) ?? undefined) : fast.call(response, name);
}
