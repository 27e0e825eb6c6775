export { freePort } from './free-port.js';
export type { ExitStatus } from './process-group.js';
export {
  type RecordedRequest,
  type RecordingServer,
  type RecordingServerOptions,
  type Reply,
  type RequestContext,
  type RequestHandler,
  startRecordingServer,
} from './recording-server.js';
export { recordingServersPerTest } from './recording-servers-per-test.js';
export * as referenceResponses from './reference-responses.js';
export { type InstalledRuntimeName, installedRuntime, MACHINE_NODE, type Runtime } from './runtimes.js';
export { type ServerProcess, type ServerProcessOptions, startServerProcess } from './server-process.js';
export { startWorkerd, type WorkerdOptions, type WorkerdProcess } from './workerd.js';
