import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import type { TransportResponse } from '../transport/types.js';

/** The whole body as bytes, through the best reader the transport offers. */
export async function readBytes(response: TransportResponse): Promise<Uint8Array> {
  if (response.bytes !== undefined) return response.bytes();
  if (response.stream !== undefined)
    return new Uint8Array(await new Response(response.stream()).arrayBuffer());
  return new TextEncoder().encode(await response.text());
}

/** The body as a stream; a transport without streams is read whole on the first pull. */
export function openStream(response: TransportResponse): ReadableStream<Uint8Array> {
  if (response.stream !== undefined) return response.stream();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const bytes = await readBytes(response);
      if (bytes.byteLength > 0) controller.enqueue(bytes);
      controller.close();
    },
    cancel: () => response.cancel(),
  });
}

/**
 * Hands `source` over as a stream whose failures are the SDK's errors: the caller's `signal`
 * firing while the body is read cancels it with {@link APIUserAbortError}; a body cut off by the
 * network errors with {@link APIConnectionError}. The call's deadline has been released by then
 * (it covered the response head), so the signal is what stops a stalled download.
 */
export function guardBodyStream(
  source: ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
  idempotencyKey: string | undefined,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let onAbort: (() => void) | undefined;
  const release = (): void => {
    if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
  };
  const aborted = (): APIUserAbortError => new APIUserAbortError({ cause: signal?.reason, idempotencyKey });
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (signal === undefined) return;
        onAbort = () => {
          const error = aborted();
          controller.error(error);
          reader.cancel(error).catch(() => undefined);
        };
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      },
      async pull(controller) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (cause) {
          release();
          controller.error(
            signal?.aborted
              ? aborted()
              : new APIConnectionError('The response body was cut off.', { cause, idempotencyKey }),
          );
          return;
        }
        if (chunk.done) {
          release();
          controller.close();
        } else if (!signal?.aborted) {
          controller.enqueue(chunk.value);
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    },
    // Pull only when the consumer reads: the source's own buffering is all the read-ahead needed.
    { highWaterMark: 0 },
  );
}
