import { fail } from '../errors.js';

/** Bring the payload to a string or a byte view without copying or re-encoding it. */
export function normalizePayload(payload: unknown): string | Uint8Array {
  if (typeof payload === 'string' || payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  if (ArrayBuffer.isView(payload)) {
    return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  }
  if (payload !== null && typeof payload === 'object') {
    fail('PAYLOAD_PARSED', 'Parsed payload; pass the raw body (express.raw(), request.text()).');
  }
  return fail('INVALID_PAYLOAD', 'Payload is not text or bytes.');
}
