import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startWorkerd, type WorkerdProcess } from '@ummah/test-support';
import { generateTestKeyPair, signWebhook, type TestKeyPair } from '@ummah/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, WORKER_BUNDLE } from '../scripts/bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const event = {
  id: 'evt_7',
  type: 'purchase',
  event_type: 'purchase.paid',
  created_on: 1_767_225_600,
  object: { id: 'pur_77', type: 'purchase', status: 'paid' },
};

let gatewayKeys: TestKeyPair;
let otherKeys: TestKeyPair;
let worker: WorkerdProcess;
let origin: string;
let url: string;

beforeAll(async () => {
  [gatewayKeys, otherKeys] = await Promise.all([
    generateTestKeyPair(),
    generateTestKeyPair(),
    bundleWorker(),
  ]);
  worker = await startWorkerd('workerd.capnp', {
    cwd: root,
    env: { UMMAH_WEBHOOK_PUBLIC_KEY: gatewayKeys.publicKey },
    sockets: ['http'],
  });
  origin = worker.url('http');
  url = `${origin}/webhooks/ummah`;
}, 30_000);

afterAll(async () => {
  await worker?.stop();
});

describe('the bundle', () => {
  it('contains the WebCrypto build only: no node: imports and no Buffer', () => {
    const code = readFileSync(WORKER_BUNDLE, 'utf8');
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/\bBuffer\.(from|alloc|concat|isBuffer|byteLength)\b/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).toContain('crypto.subtle');
  });
});

describe('the Worker in workerd', () => {
  it('answers 200 with the event for a delivery signed by the gateway', async () => {
    const signed = await signWebhook({ payload: event, privateKey: gatewayKeys.privateKey });
    const response = await fetch(url, { method: 'POST', body: signed.body, headers: signed.headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, event_type: 'purchase.paid', id: 'pur_77' });
  });

  it('answers 400 SIGNATURE_MISMATCH for a delivery signed with another key', async () => {
    const forged = await signWebhook({ payload: event, privateKey: otherKeys.privateKey });
    const response = await fetch(url, { method: 'POST', body: forged.body, headers: forged.headers });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'SIGNATURE_MISMATCH' } });
  });

  it('answers 400 MISSING_HEADER for an unsigned delivery', async () => {
    const response = await fetch(url, { method: 'POST', body: JSON.stringify(event) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'MISSING_HEADER' } });
  });

  it('answers 405 to other methods and 404 elsewhere', async () => {
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(404);
  });
});
