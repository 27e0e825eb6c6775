import { describe, expect, it } from 'vitest';
import { createReplayGuard, signWebhook } from '../node.js';
import { HMAC_SCHEMES } from './builtin.js';
import { defineHmacScheme } from './hmac-scheme.js';
import { resolveScheme } from './resolve-scheme.js';

const unknownScheme = expect.objectContaining({ code: 'UNKNOWN_SCHEME' });

describe('resolveScheme', () => {
  it("treats a missing scheme and 'ummah' as the gateway's RSA scheme", () => {
    expect(resolveScheme(undefined)).toBe('ummah');
    expect(resolveScheme('ummah')).toBe('ummah');
  });

  it('finds every built-in HMAC scheme by name and passes defined schemes through', () => {
    for (const [name, scheme] of Object.entries(HMAC_SCHEMES)) expect(resolveScheme(name)).toBe(scheme);
    const acme = defineHmacScheme({ name: 'acme', signatureHeader: 'x-acme' });
    expect(resolveScheme(acme)).toBe(acme);
  });

  it('refuses unknown names, Object.prototype keys and objects that are not schemes', () => {
    for (const scheme of ['stripe', 'toString', '__proto__', 'Ummah', { name: 'acme' }, 42]) {
      expect(() => resolveScheme(scheme)).toThrow(unknownScheme);
    }
  });

  it('gives signing and the replay guard the same answer as verification', async () => {
    const stripe = 'stripe' as 'plumaas';
    await expect(signWebhook({ scheme: stripe, payload: '{}', secret: 's' })).rejects.toEqual(unknownScheme);
    expect(() => createReplayGuard().keyFor(stripe, {}, { id: 'evt_1' })).toThrow(unknownScheme);
    expect(createReplayGuard().keyFor('plumaas', {}, { id: 'evt_1' })).toBe('plumaas:evt_1');
  });
});
