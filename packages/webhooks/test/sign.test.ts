import { createHmac, createPrivateKey, createPublicKey, createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as edge from '../src/index.js';
import * as node from '../src/node.js';

const keys = await node.generateTestKeyPair();
const NOW = 1_763_776_800;

describe.each([
  ['WebCrypto build', edge],
  ['node:crypto build', node],
] as const)('signWebhook (%s)', (_label, api) => {
  it('signs the gateway scheme so node:crypto.verify accepts it, and JSON-encodes objects', async () => {
    const { body, headers } = await api.signWebhook({
      payload: { event_type: 'purchase.paid' },
      privateKey: keys.privateKey,
    });
    expect(body).toBe('{"event_type":"purchase.paid"}');
    expect(
      createVerify('RSA-SHA256').update(body).verify(keys.publicKey, headers['x-signature']!, 'base64'),
    ).toBe(true);
  });

  it('accepts PKCS#1 and JWK private keys and SHA-512', async () => {
    const key = createPrivateKey(keys.privateKey);
    for (const privateKey of [
      key.export({ type: 'pkcs1', format: 'pem' }).toString(),
      key.export({ format: 'jwk' }) as JsonWebKey,
    ]) {
      const { body, headers } = await api.signWebhook({ payload: 'x', privateKey, algorithm: 'SHA-512' });
      expect(
        createVerify('RSA-SHA512')
          .update(body)
          .verify(createPublicKey(key), headers['x-signature']!, 'base64'),
      ).toBe(true);
    }
  });

  it('writes each HMAC scheme header exactly as the provider does', async () => {
    const body = '{"a":1}';
    const hex = (content: string, secret = 's') => createHmac('sha256', secret).update(content).digest('hex');
    const sign = (scheme: node.HmacSchemeName, secret = 's') =>
      api.signWebhook({ scheme, payload: body, secret, timestamp: NOW, id: 'msg_1' });
    expect((await sign('plumaas')).headers).toEqual({
      'x-plumaas-signature': `t=${NOW},v1=${hex(`${NOW}.${body}`)}`,
      'x-plumaas-timestamp': String(NOW),
    });
    expect((await sign('plexos')).headers).toEqual({
      'x-plexos-signature': hex(`${NOW}.${body}`),
      'x-plexos-timestamp': String(NOW),
    });
    expect((await sign('plugipay')).headers).toEqual({
      'x-plugipay-signature': `t=${NOW},v1=${hex(`${NOW}.${body}`)}`,
    });
    expect((await sign('pebblepay')).headers).toEqual({
      'x-webhook-signature': hex(body),
      'x-webhook-id': 'msg_1',
    });
    const whsec = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const b64 = createHmac('sha256', Buffer.from(whsec.slice(6), 'base64'))
      .update(`msg_1.${NOW}.${body}`)
      .digest('base64');
    expect((await sign('standard-webhooks', whsec)).headers).toEqual({
      'webhook-signature': `v1,${b64}`,
      'webhook-timestamp': String(NOW),
      'webhook-id': 'msg_1',
    });
  });

  it('reproduces the Standard Webhooks reference vector', async () => {
    const signed = await api.signWebhook({
      scheme: 'standard-webhooks',
      payload: '{"test": 2432232314}',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1_614_265_330,
    });
    expect(signed.headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('defaults the timestamp to now and the id to a random msg_ id', async () => {
    const before = Math.floor(Date.now() / 1000);
    const a = await api.signWebhook({
      scheme: 'standard-webhooks',
      payload: '{}',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    const b = await api.signWebhook({
      scheme: 'standard-webhooks',
      payload: '{}',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    expect(Number(a.headers['webhook-timestamp'])).toBeGreaterThanOrEqual(before);
    expect(a.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{24}$/);
    expect(a.headers['webhook-id']).not.toBe(b.headers['webhook-id']);
  });

  it('keeps byte payloads as the same bytes', async () => {
    const payload = new Uint8Array([0x7b, 0xff, 0x7d]);
    const signed = await api.signWebhook({ scheme: 'pebblepay', payload, secret: 's' });
    expect(signed.body).toEqual(payload);
    expect(signed.headers['x-webhook-signature']).toBe(
      createHmac('sha256', 's').update(payload).digest('hex'),
    );
  });
});
