import { readHeader } from '../internal/fast-transport.js';
import type { TransportResponse } from '../transport/types.js';
import { readBytes } from './response-body.js';

/** Default `maxResponseBytes`: far above any API answer, far below what would hurt a process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Whether `value` is usable as `maxResponseBytes`. */
export function isByteLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** Thrown inside {@link readLimited}; the engine turns it into `ResponseTooLargeError`. */
export class BodyOverLimit extends Error {}

/**
 * Reads a whole body as text or bytes, refusing to hold more than `limit` bytes of it.
 *
 * A body that declares its length and is not compressed is read in one go once the declared length
 * fits (the cheap path of nearly every API answer). Anything else, a compressed body whose decoded
 * size nobody announced or a chunked one, is counted chunk by chunk and cancelled as soon as it
 * passes the limit, so a gzip bomb never inflates into memory.
 */
export async function readLimited(
  response: TransportResponse,
  as: 'text' | 'bytes',
  limit: number,
): Promise<string | Uint8Array> {
  const encoding = readHeader(response, 'content-encoding');
  const declared = readHeader(response, 'content-length');
  if ((encoding === undefined || encoding === '' || encoding === 'identity') && declared !== undefined) {
    const length = Number(declared);
    if (Number.isSafeInteger(length) && length >= 0) {
      if (length > limit) {
        await response.cancel();
        throw new BodyOverLimit();
      }
      return as === 'bytes' ? readBytes(response) : response.text();
    }
  }
  if (response.stream === undefined) {
    // A custom transport without streams: the size can only be checked once read.
    const whole = as === 'bytes' ? await readBytes(response) : await response.text();
    const size = typeof whole === 'string' ? new TextEncoder().encode(whole).byteLength : whole.byteLength;
    if (size > limit) throw new BodyOverLimit();
    return whole;
  }
  const bytes = await readCounted(response.stream(), limit);
  return as === 'bytes' ? bytes : new TextDecoder().decode(bytes);
}

/** Reads a stream whole, cancelling it as soon as more than `limit` bytes have arrived. */
async function readCounted(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyOverLimit();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
