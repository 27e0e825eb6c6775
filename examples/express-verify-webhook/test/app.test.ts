import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Ummah from '@ummah/payments';
import { recordingServersPerTest } from '@ummah/test-support';
import { generateTestKeyPair, signWebhook, type UmmahWebhookEvent } from '@ummah/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

// The app against a local server playing the gateway's GET /public_key/ (a JSON string holding the PEM),
// reached through @ummah/payments, and deliveries signed as the gateway signs them.

const [oldKeys, newKeys, attackerKeys] = await Promise.all([
  generateTestKeyPair(),
  generateTestKeyPair(),
  generateTestKeyPair(),
]);
const startGateway = recordingServersPerTest();
const apps: Server[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => new Promise((resolve) => app.close(resolve))));
});

/** The gateway, the app, and what reached the app. */
async function setup(keyCooldownMs = 0) {
  let pem: string | undefined = oldKeys.publicKey;
  const gateway = await startGateway({
    basePath: '/api/v1',
    handler: () => (pem === undefined ? { status: 500, body: { error: 'down' } } : { body: pem }),
  });
  const received: UmmahWebhookEvent[] = [];
  const ummah = new Ummah('sk_test_verify_example', { baseURL: gateway.baseURL, maxRetries: 0 });
  const app = createApp({ ummah, keyCooldownMs, onEvent: (event) => void received.push(event) });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  apps.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callbacks/ummah`;
  const deliver = async (privateKey: string, id: string) => {
    const payload = { id, event_type: 'purchase.paid', status: 'paid', updated_on: 1_767_225_600 };
    const { body, headers } = await signWebhook({ payload, privateKey });
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { ...headers, 'content-type': 'application/json' },
    });
    return { status: response.status, body: await response.json() };
  };
  const keyFetches = () => gateway.requests.filter((r) => r.path === '/api/v1/public_key/');
  return { deliver, received, keyFetches, rotate: (next: string | undefined) => (pem = next) };
}

describe('verifyWebhook inside an Express handler', () => {
  it('accepts a genuine callback, fetching the key once with the API key', async () => {
    const { deliver, received, keyFetches } = await setup();
    expect(await deliver(oldKeys.privateKey, 'pur_1')).toEqual({ status: 200, body: { received: true } });
    expect(await deliver(oldKeys.privateKey, 'pur_2')).toEqual({ status: 200, body: { received: true } });
    expect(received.map((event) => event.id)).toEqual(['pur_1', 'pur_2']);
    expect(keyFetches()).toHaveLength(1);
    expect(keyFetches()[0]!.headers.authorization).toBe('Bearer sk_test_verify_example');
  });

  it('answers a forged callback 400 with its code and never passes it on', async () => {
    const { deliver, received } = await setup();
    expect(await deliver(attackerKeys.privateKey, 'pur_x')).toEqual({
      status: 400,
      body: { error: { code: 'SIGNATURE_MISMATCH' } },
    });
    expect(received).toEqual([]);
  });

  it('picks up a rotated key without a restart', async () => {
    const { deliver, received, keyFetches, rotate } = await setup();
    expect((await deliver(oldKeys.privateKey, 'before')).status).toBe(200);
    rotate(newKeys.publicKey);
    expect((await deliver(newKeys.privateKey, 'after')).status).toBe(200);
    expect(received.map((event) => event.id)).toEqual(['before', 'after']);
    expect(keyFetches()).toHaveLength(2);
  });

  it('answers 503 when the key cannot be fetched, so the gateway retries later', async () => {
    const { deliver, received, rotate } = await setup();
    rotate(undefined);
    expect(await deliver(oldKeys.privateKey, 'pur_3')).toEqual({
      status: 503,
      body: { error: { code: 'KEY_FETCH_FAILED' } },
    });
    expect(received).toEqual([]);
  });
});
