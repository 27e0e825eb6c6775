import { describe, expect, it } from 'vitest';
import { builds } from './support/builds.js';

// Interoperability with what senders and the reference libraries do.

const NOW = 1_763_776_800;

describe.each(builds)('%s: interop', (_label, api) => {
  it('accepts a webhook-signature list where another entry is not a well-formed signature', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const signed = await api.signWebhook({
      scheme: 'standard-webhooks',
      payload: '{"id":"e"}',
      secret,
      id: 'msg_1',
      timestamp: NOW,
    });
    const good = signed.headers['webhook-signature']!;
    for (const header of [
      `v1,not-base64! ${good}`,
      `${good} v1,c2hvcnQ=`,
      `v1,${'A'.repeat(43)}= ${good}`,
      `v1a,xyz ${good} v1,`,
    ]) {
      const result = await api.safeVerifyWebhook({
        scheme: 'standard-webhooks',
        payload: signed.body,
        headers: { ...signed.headers, 'webhook-signature': header },
        secret,
        now: NOW * 1000,
      });
      expect([header, result.ok]).toEqual([header, true]);
    }
    const none = await api.safeVerifyWebhook({
      scheme: 'standard-webhooks',
      payload: signed.body,
      headers: { ...signed.headers, 'webhook-signature': 'v1,not-base64! v1,c2hvcnQ=' },
      secret,
      now: NOW * 1000,
    });
    expect(none.error?.code).toBe('MALFORMED_SIGNATURE');
  });
});
