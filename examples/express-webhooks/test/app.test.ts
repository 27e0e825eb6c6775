import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  generateTestKeyPair,
  signWebhook,
  type TestKeyPair,
  type UmmahWebhookEvent,
  ummahEventType,
} from '@ummah/webhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

const paidEvent = {
  id: 'evt_1',
  type: 'purchase',
  event_type: 'purchase.paid',
  created_on: 1_767_225_600,
  object: { id: 'pur_123', type: 'purchase', status: 'paid', purchase: { total: 5000, currency: 'USD' } },
};

let gatewayKeys: TestKeyPair;
let attackerKeys: TestKeyPair;
let server: Server;
let url: string;
const received: UmmahWebhookEvent[] = [];
/** Set by a test to make the app's event handler fail once. */
let failNext = false;
const logged: unknown[] = [];

beforeAll(async () => {
  [gatewayKeys, attackerKeys] = await Promise.all([generateTestKeyPair(), generateTestKeyPair()]);
  const app = createApp({
    publicKey: gatewayKeys.publicKey,
    logError: (error) => void logged.push(error),
    onEvent: (event) => {
      if (failNext) {
        failNext = false;
        throw new Error('The order database is unavailable.');
      }
      received.push(event);
    },
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ummah`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
  failNext = false;
  logged.length = 0;
});

/** A delivery of `payload` signed with the gateway key, as the gateway would POST it. */
async function deliver(payload: object): Promise<Response> {
  const { body, headers } = await signWebhook({ payload, privateKey: gatewayKeys.privateKey });
  return fetch(url, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } });
}

describe('the Express webhook receiver', () => {
  it('accepts a delivery signed with the gateway key and hands the parsed event to the app', async () => {
    const { body, headers } = await signWebhook({ payload: paidEvent, privateKey: gatewayKeys.privateKey });
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, event_type: 'purchase.paid', id: 'pur_123' });
    expect(received).toHaveLength(1);
    expect(ummahEventType(received[0]!)).toBe('purchase.paid');
    expect(received[0]).toEqual(paidEvent);
  });

  it('rejects a delivery signed with another key with 400 SIGNATURE_MISMATCH and never calls the app', async () => {
    const { body, headers } = await signWebhook({ payload: paidEvent, privateKey: attackerKeys.privateKey });
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string } };
    expect(answer.error.code).toBe('SIGNATURE_MISMATCH');
    expect(received).toHaveLength(0);
  });

  it('rejects a genuine signature over a body that was changed in transit', async () => {
    const { headers } = await signWebhook({ payload: paidEvent, privateKey: gatewayKeys.privateKey });
    const tampered = JSON.stringify({ ...paidEvent, object: { ...paidEvent.object, status: 'refunded' } });
    const response = await fetch(url, {
      method: 'POST',
      body: tampered,
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('SIGNATURE_MISMATCH');
    expect(received).toHaveLength(0);
  });

  it('rejects a delivery without an X-Signature header with 400 MISSING_HEADER', async () => {
    const response = await fetch(url, {
      method: 'POST',
      body: JSON.stringify(paidEvent),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string } };
    expect(answer.error.code).toBe('MISSING_HEADER');
    expect(received).toHaveLength(0);
  });

  it('acknowledges a retried delivery with 200 but hands it to the app only once', async () => {
    const event = { ...paidEvent, id: 'evt_retried' };
    expect((await deliver(event)).status).toBe(200);
    const retry = await deliver(event);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ received: true, duplicate: true });
    expect(received).toHaveLength(1);
  });

  it('answers 500 when the app fails, and processes the gateway retry', async () => {
    const event = { ...paidEvent, id: 'evt_after_outage' };
    failNext = true;
    const failed = await deliver(event);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: { code: 'PROCESSING_FAILED' } });
    expect(logged).toEqual([new Error('The order database is unavailable.')]);
    expect(received).toHaveLength(0);
    const retry = await deliver(event);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ received: true, event_type: 'purchase.paid', id: 'pur_123' });
    expect(received).toHaveLength(1);
  });
});
