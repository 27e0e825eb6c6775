import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../node.js';
import { defineHmacScheme, parseSignatureHeader } from './hmac-scheme.js';

describe('defineHmacScheme', () => {
  it('refuses templates without exactly one {body}, or with placeholders it cannot fill', () => {
    expect(() => defineHmacScheme({ name: 'a', signatureHeader: 'x', content: '{timestamp}' })).toThrow(
      TypeError,
    );
    expect(() => defineHmacScheme({ name: 'a', signatureHeader: 'x', content: '{body}{body}' })).toThrow(
      TypeError,
    );
    expect(() =>
      defineHmacScheme({ name: 'a', signatureHeader: 'x', content: '{timestamp}.{body}' }),
    ).toThrow(TypeError);
    expect(() => defineHmacScheme({ name: 'a', signatureHeader: 'x', content: '{id}.{body}' })).toThrow(
      TypeError,
    );
  });

  it('verifies a GitHub-style sha256= prefixed hex signature', async () => {
    const github = defineHmacScheme({
      name: 'github',
      signatureHeader: 'X-Hub-Signature-256',
      signaturePrefix: 'sha256=',
    });
    const body = '{"action":"opened"}';
    const headers = {
      'x-hub-signature-256': `sha256=${createHmac('sha256', 'gh').update(body).digest('hex')}`,
    };
    await expect(verifyWebhook({ scheme: github, payload: body, headers, secret: 'gh' })).resolves.toEqual({
      action: 'opened',
    });
    const bare = { 'x-hub-signature-256': headers['x-hub-signature-256'].slice(7) };
    await expect(
      verifyWebhook({ scheme: github, payload: body, headers: bare, secret: 'gh' }),
    ).rejects.toMatchObject({
      code: 'MALFORMED_SIGNATURE',
    });
  });

  it('signs content after the body and with an id, and verifies it back', async () => {
    const scheme = defineHmacScheme({
      name: 'odd',
      signatureHeader: 'sig',
      idHeader: 'id',
      timestampHeader: 'ts',
      content: '{id}|{body}|{timestamp}',
    });
    const signed = await signWebhook({ scheme, payload: '{"k":1}', secret: 's', id: 'abc$&', timestamp: 50 });
    const expected = createHmac('sha256', 's').update('abc$&|{"k":1}|50').digest('hex');
    expect(signed.headers).toEqual({ sig: expected, id: 'abc$&', ts: '50' });
    await expect(
      verifyWebhook({ scheme, payload: signed.body, headers: signed.headers, secret: 's', now: 50_000 }),
    ).resolves.toEqual({ k: 1 });
  });
});

describe('parseSignatureHeader', () => {
  const stripe = defineHmacScheme({ name: 't', signatureHeader: 'x', signatureFormat: 'timestamped' });
  const hex = 'a'.repeat(64);

  it('collects several v1 entries and skips other versions', () => {
    expect(parseSignatureHeader(stripe, `t=1,v0=zz,v1=${hex},v1=${'b'.repeat(64)}`)).toEqual({
      timestamp: '1',
      signatures: [hex, 'b'.repeat(64)],
    });
  });

  it.each([
    `t=1, v1=${hex}`,
    `t=1,,v1=${hex}`,
    `t=1,v1=${hex},`,
    `t=1,t=1,v1=${hex}`,
    `v1=${hex}`,
    't=1',
    `t=,v1=${hex}`,
    `T=1,v1=${hex}`,
  ])('refuses %j as malformed', (header) => {
    expect(() => parseSignatureHeader(stripe, header)).toThrow(
      expect.objectContaining({ code: 'MALFORMED_SIGNATURE' }),
    );
  });
});
