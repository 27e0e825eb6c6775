// Public API of @ummah/plexos.
import { Plexos } from './plexos.js';

export default Plexos;

export type { APIPromise, Hooks, Logger, LogLevel, RequestOptions } from '@ummah/core';
export * from '@ummah/core/errors';
export type * from '@ummah/schema/plexos/types';
export { API_KEY_ENV_VAR, DEFAULT_BASE_URL, Plexos, type PlexosOptions } from './plexos.js';
export { type PlexosVerifyOptions, WebhooksResource } from './resources/webhooks.js';
export { VERSION } from './version.js';
