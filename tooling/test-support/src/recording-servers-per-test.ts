import { afterEach } from 'vitest';
import { type RecordingServer, startRecordingServer } from './recording-server.js';

/**
 * {@link startRecordingServer} for the tests of the current file or `describe`: every server it
 * starts is closed after the test that started it, also when that test fails half-way.
 *
 * @example
 * const startServer = recordingServersPerTest();
 * it('retries a 503', async () => {
 *   const server = await startServer((_request, _response, { attempt }) => ({ status: attempt === 1 ? 503 : 200 }));
 * });
 */
export function recordingServersPerTest(): typeof startRecordingServer {
  const started: RecordingServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });
  return async (setup) => {
    const server = await startRecordingServer(setup);
    started.push(server);
    return server;
  };
}
