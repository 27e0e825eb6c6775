import { startRecordingServer } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import { HttpClient as NeutralHttpClient } from '../src/index.js';
import { HttpClient } from '../src/index.node.js';
import { reviewedDefects } from './support/defects-suite.js';
import { transportLifecycle } from './support/transport-lifecycle-suite.js';
import { transportBehaviour } from './support/transport-suite.js';

describe('HttpClient on the undici transport (node build)', () => {
  transportBehaviour((config) => new HttpClient(config));
  transportLifecycle((config) => new HttpClient(config));
  reviewedDefects((config) => new HttpClient(config));

  it('is the node build: a subclass of the neutral client', () => {
    const client = new HttpClient({ baseURL: 'http://127.0.0.1:1', apiKey: 'sk_test_x1' });
    expect(client).toBeInstanceOf(NeutralHttpClient);
  });

  it('waits the Retry-After seconds the server asks for', async () => {
    const server = await startRecordingServer((_request, _response, { attempt }) =>
      attempt === 1
        ? { status: 503, body: {}, headers: { 'retry-after': '1' } }
        : { status: 200, body: { ok: true } },
    );
    try {
      const delays: number[] = [];
      const client = new HttpClient({
        baseURL: server.origin,
        apiKey: 'sk_test_x1',
        hooks: { onRetry: ({ delayMs }) => void delays.push(delayMs) },
      });
      await expect(client.request({ method: 'GET', path: '/x/' })).resolves.toEqual({ ok: true });
      expect(delays).toEqual([1000]);
    } finally {
      await server.close();
    }
  });
});
