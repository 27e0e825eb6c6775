import type { Deadline } from '../internal/deadline.js';
import type { EngineConfig } from './engine-config.js';
import type { RequestOptions, ResponseBodyType } from './types.js';

/** One call as the engine sees it. */
export interface Call {
  method: string;
  /** Absolute URL, query included. */
  url: string;
  body: unknown;
  options: RequestOptions;
  /** How a success body is read. @default 'json' */
  responseType?: ResponseBodyType | undefined;
}

/** Per-call state shared by the attempts. */
export interface CallState {
  config: EngineConfig;
  call: Call;
  /** Final headers, auth included when the URL is on the API's origin. */
  headers: Record<string, string>;
  payload: string | undefined;
  idempotencyKey: string | undefined;
  deadline: Deadline;
  /** Largest body read into memory, in bytes (the call's option, else the client's). */
  maxResponseBytes: number;
}
