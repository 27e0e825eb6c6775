import { startRecordingServer } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import type { HttpClientConfig } from '../src/index.js';
import { createUndiciTransport, HttpClient } from '../src/index.node.js';
import { reviewedDefects } from './support/defects-suite.js';
import { transportLifecycle } from './support/transport-lifecycle-suite.js';
import { transportBehaviour } from './support/transport-suite.js';

/** A node-build client on the undici transport, which is loaded by its first request. */
const onUndici = (config: HttpClientConfig) =>
  new HttpClient({ ...config, transport: createUndiciTransport() });

describe('HttpClient on the undici transport (node build, for an undici dispatcher)', () => {
  transportBehaviour(onUndici);
  transportLifecycle(onUndici);
  reviewedDefects(onUndici);

  it('waits the Retry-After seconds the server asks for', async () => {
    const server = await startRecordingServer((_request, _response, { attempt }) =>
      attempt === 1
        ? { status: 503, body: {}, headers: { 'retry-after': '1' } }
        : { status: 200, body: { ok: true } },
    );
    try {
      const delays: number[] = [];
      const client = onUndici({
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
