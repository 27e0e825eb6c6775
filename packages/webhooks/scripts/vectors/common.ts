// Shared pieces of the conformance vector generator (see ../generate-vectors.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path relative to this folder. */
export const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Verbatim copies of the gateway reference's fixtures (see their `source` fields). */
export const REFERENCE = here('../../vectors/fixtures/');
/** Read a JSON fixture from the reference copies. */
export const fixture = <T>(name: string): T => JSON.parse(readFileSync(`${REFERENCE}${name}`, 'utf8')) as T;

export type Headers = Record<string, string | string[]>;
export interface Vector {
  name: string;
  source?: string;
  scheme: string | Record<string, string>;
  options: Record<string, unknown>;
  now?: number;
  headers: Headers;
  body?: string;
  bodyBase64?: string;
  expect: { ok: true; event: unknown } | { ok: false; code: string };
}

export const NOW = 1_763_776_800; // 2025-11-22T02:00:00Z

export function bytesOf(body: string | Uint8Array): Buffer {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
}
export function bodyField(body: string | Uint8Array): Pick<Vector, 'body' | 'bodyBase64'> {
  return typeof body === 'string' ? { body } : { bodyBase64: Buffer.from(body).toString('base64') };
}
export function accepted(body: string | Uint8Array): Vector['expect'] {
  // A leading byte order mark is skipped, as the verifier does.
  return {
    ok: true,
    event: JSON.parse(
      bytesOf(body)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ),
  };
}

/** `body` as UTF-8 bytes after a byte order mark. */
export function withBom(body: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(body, 'utf8')]);
}
export function refused(code: string): Vector['expect'] {
  return { ok: false, code };
}
export function flip(body: string, index: number): string {
  const code = body.charCodeAt(index);
  return (
    body.slice(0, index) + String.fromCharCode(code === 0x41 ? 0x42 : code ^ 0x01) + body.slice(index + 1)
  );
}
