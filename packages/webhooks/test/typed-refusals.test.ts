import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as node from '../src/node.js';
import { builds } from './support/builds.js';

// Malformed option values from a merchant's setup are refused with a WebhookVerificationError and a
// stable code, never a TypeError that safeVerifyWebhook would rethrow.

const NOW = 1_763_776_800;
const keys = await node.generateTestKeyPair();

const hex = (seed: string) => createHmac('sha256', 'decoy').update(seed).digest('hex');

describe.each(builds)('%s: typed refusals', (_label, api) => {
  it.each([
    ['a header array holding null', { 'x-signature': [null] }],
    ['a header array holding a number', { 'x-signature': [42] }],
    ['a header that is a number', { 'x-signature': 42 }],
    ['a header array holding an object', { 'x-signature': [{}] }],
  ])('%s is a missing header', async (_name, headers) => {
    const result = await api.safeVerifyWebhook({
      payload: '{}',
      headers: headers as never,
      publicKey: keys.publicKey,
    });
    expect(result.error?.code).toBe('MISSING_HEADER');
    const hmac = await api.safeVerifyWebhook({
      scheme: 'plexos',
      payload: '{}',
      secret: 's',
      headers: { 'x-plexos-signature': hex('x'), 'x-plexos-timestamp': Object.values(headers)[0] } as never,
    });
    expect(hmac.error?.code).toBe('MISSING_HEADER');
  });

  it.each([
    ['a function returning a string', () => '2025-11-22'],
    ['a function returning null', () => null],
    ['a function returning an object', () => ({})],
    ['a string', '2025-11-22T02:00:00Z'],
    ['an object', { time: 1 }],
  ])('a clock that is %s is INVALID_OPTIONS', async (_name, now) => {
    const signed = await api.signWebhook({ scheme: 'plumaas', payload: '{}', secret: 's', timestamp: NOW });
    const result = await api.safeVerifyWebhook({
      scheme: 'plumaas',
      payload: signed.body,
      headers: signed.headers,
      secret: 's',
      now: now as never,
    });
    expect(result.error?.code).toBe('INVALID_OPTIONS');
  });
});
