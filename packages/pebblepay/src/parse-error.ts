import type { ParsedErrorBody } from '@ummah/core';

/** PebblePay answers errors as `{ "error": "…" }`: that text becomes the error's message. */
export function parsePebblePayError(_status: number, body: unknown): ParsedErrorBody {
  if (typeof body === 'string') return body.trim() === '' ? {} : { message: body.slice(0, 500) };
  if (typeof body !== 'object' || body === null) return {};
  const { error, message } = body as { error?: unknown; message?: unknown };
  if (typeof error === 'string') return { message: error };
  if (typeof message === 'string') return { message };
  return {};
}
