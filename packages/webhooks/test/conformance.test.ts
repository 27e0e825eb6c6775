import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as edge from '../src/index.js';
import * as node from '../src/node.js';
import { type ConformanceVector, expectedResults, runVectors } from './runtime/conformance-core.mjs';

const { vectors } = JSON.parse(
  readFileSync(new URL('../vectors/conformance.json', import.meta.url), 'utf8'),
) as {
  vectors: ConformanceVector[];
};
const real = JSON.parse(
  readFileSync(new URL('../vectors/fixtures/chip-signed-callback.json', import.meta.url), 'utf8'),
) as {
  body: string;
  x_signature: string;
  public_key_pem: string;
};

describe.each([
  ['WebCrypto build', edge],
  ['node:crypto build', node],
])('conformance vectors on this Node (%s)', (_label, api) => {
  it('covers every scheme, with refusals for each', () => {
    const schemes = new Set(vectors.map((v) => (typeof v.scheme === 'string' ? v.scheme : 'custom')));
    expect([...schemes].sort()).toEqual(
      ['custom', 'pebblepay', 'plexos', 'plugipay', 'plumaas', 'standard-webhooks', 'ummah'].sort(),
    );
    for (const scheme of schemes) {
      const mine = vectors.filter((v) => (typeof v.scheme === 'string' ? v.scheme : 'custom') === scheme);
      expect(mine.some((v) => v.expect.ok)).toBe(true);
      expect(mine.filter((v) => !v.expect.ok).length).toBeGreaterThan(8);
    }
  });

  it('gives every vector its expected outcome as string, bytes and Web Headers', async () => {
    expect(await runVectors(api, vectors)).toEqual(expectedResults(vectors));
  });

  it('accepts the real callback and refuses it when any single byte of the body changes', async () => {
    const headers = { 'x-signature': real.x_signature };
    const body = new TextEncoder().encode(real.body);
    expect((await api.safeVerifyWebhook({ payload: body, headers, publicKey: real.public_key_pem })).ok).toBe(
      true,
    );
    const refused: string[] = [];
    for (let i = 0; i < body.length; i++) {
      const tampered = body.slice();
      tampered[i] = tampered[i]! ^ 0x01;
      const result = await api.safeVerifyWebhook({
        payload: tampered,
        headers,
        publicKey: real.public_key_pem,
      });
      if (!result.ok && result.error.code === 'SIGNATURE_MISMATCH') refused.push('x');
    }
    expect(refused.length).toBe(body.length);
  });

  it('refuses the real callback when any single byte of the signature changes', async () => {
    const signature = Uint8Array.from(atob(real.x_signature), (c) => c.charCodeAt(0));
    let refused = 0;
    for (let i = 0; i < signature.length; i++) {
      const tampered = signature.slice();
      tampered[i] = tampered[i]! ^ 0x80;
      const result = await api.safeVerifyWebhook({
        payload: real.body,
        headers: { 'x-signature': btoa(String.fromCharCode(...tampered)) },
        publicKey: real.public_key_pem,
      });
      if (!result.ok && result.error.code === 'SIGNATURE_MISMATCH') refused++;
    }
    expect(refused).toBe(signature.length);
  });
});
