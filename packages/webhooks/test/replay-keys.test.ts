import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as node from '../src/node.js';
import { builds, outcome } from './support/builds.js';

// Replay keys come from signed material only: a captured delivery cannot be replayed by re-spelling
// its headers, and deliveries without an id are deduplicated too.

const NOW = 1_763_776_800;
const keys = await node.generateTestKeyPair();

const hex = (seed: string) => createHmac('sha256', 'decoy').update(seed).digest('hex');

describe.each(builds)('%s: replay keys', (_label, api) => {
  describe('a re-spelled signature header is the same delivery', () => {
    // Events without an `id`: the replay key used to be the signature header's raw text.
    const body = '{"type":"charge.succeeded","amount":5000}';
    const custom = api.defineHmacScheme({
      name: 'acme',
      signatureHeader: 'x-acme',
      signatureFormat: 'timestamped',
    });
    const versioned = api.defineHmacScheme({
      name: 'vers',
      signatureHeader: 'x-vers',
      signatureFormat: 'versioned',
      timestampHeader: 'x-vers-ts',
      encoding: 'base64',
    });

    it.each([
      ['plumaas', 'plumaas', 'x-plumaas-signature'],
      ['plugipay', 'plugipay', 'x-plugipay-signature'],
      ['a defined timestamped scheme', custom, 'x-acme'],
    ] as const)(
      '%s: reordering, v0= entries and extra v1= candidates are all refused as replays',
      async (_name, scheme, header) => {
        const secret = 'respell-secret';
        const signed = await api.signWebhook({ scheme, payload: body, secret, timestamp: NOW });
        const original = signed.headers[header]!;
        const [t, v1] = original.split(',') as [string, string];
        const replayGuard = api.createReplayGuard();
        const deliver = (value: string) =>
          outcome(
            api.verifyWebhook({
              scheme,
              payload: body,
              secret,
              headers: { ...signed.headers, [header]: value },
              now: NOW * 1000,
              replayGuard,
            }),
          );
        expect(await deliver(original)).toBe('accepted');
        for (const respelled of [
          `${v1},${t}`,
          `${t},v0=${hex('a')},${v1}`,
          `${t},${v1},v0=00`,
          `${t},v1=${hex('b')},${v1}`,
          `${t},${v1},v1=${hex('c')}`,
          `${t},${v1},${v1}`,
          `v1=${hex('d')},${v1},${t}`,
        ]) {
          expect([respelled, await deliver(respelled)]).toEqual([respelled, 'DUPLICATE_DELIVERY']);
        }
      },
    );

    it('a versioned header with extra entries is refused as a replay', async () => {
      const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
      const signed = await api.signWebhook({ scheme: versioned, payload: body, secret, timestamp: NOW });
      const original = signed.headers['x-vers']!;
      const replayGuard = api.createReplayGuard();
      const deliver = (value: string) =>
        outcome(
          api.verifyWebhook({
            scheme: versioned,
            payload: body,
            secret,
            headers: { ...signed.headers, 'x-vers': value },
            now: NOW * 1000,
            replayGuard,
          }),
        );
      expect(await deliver(original)).toBe('accepted');
      const decoy = `v1,${Buffer.from(hex('e'), 'hex').toString('base64')}`;
      for (const respelled of [`${decoy} ${original}`, `${original} ${decoy}`, `v2,abc ${original}`]) {
        expect(await deliver(respelled)).toBe('DUPLICATE_DELIVERY');
      }
    });

    it('keyFor gives every spelling of one delivery the same key, and other deliveries another', async () => {
      const secret = 's';
      const signed = await api.signWebhook({ scheme: 'plumaas', payload: body, secret, timestamp: NOW });
      const header = signed.headers['x-plumaas-signature']!;
      const [t, v1] = header.split(',') as [string, string];
      const guard = api.createReplayGuard();
      const event = JSON.parse(body) as unknown;
      const key = guard.keyFor('plumaas', signed.headers, event);
      expect(key).toMatch(/^plumaas:/);
      expect(key).not.toContain(v1.slice(3));
      expect(guard.keyFor('plumaas', { 'x-plumaas-signature': `${v1},v0=1,${t}` }, event)).toBe(key);
      const later = await api.signWebhook({ scheme: 'plumaas', payload: body, secret, timestamp: NOW + 1 });
      expect(guard.keyFor('plumaas', later.headers, event)).not.toBe(key);
      expect(guard.keyFor('plumaas', signed.headers, { ...(event as object), amount: 1 })).not.toBe(key);
    });
  });

  describe('gateway deliveries without an id', () => {
    it('are deduplicated by the replay guard', async () => {
      const replayGuard = api.createReplayGuard();
      const signed = await api.signWebhook({
        payload: { event_type: 'purchase.paid', status: 'paid' },
        privateKey: keys.privateKey,
      });
      const deliver = () =>
        outcome(
          api.verifyWebhook({
            payload: signed.body,
            headers: signed.headers,
            publicKey: keys.publicKey,
            replayGuard,
          }),
        );
      expect(await deliver()).toBe('accepted');
      expect(await deliver()).toBe('DUPLICATE_DELIVERY');
      const other = await api.signWebhook({
        payload: { event_type: 'purchase.paid', status: 'paid', total: 2 },
        privateKey: keys.privateKey,
      });
      expect(
        await outcome(
          api.verifyWebhook({
            payload: other.body,
            headers: other.headers,
            publicKey: keys.publicKey,
            replayGuard,
          }),
        ),
      ).toBe('accepted');
    });
  });
});
