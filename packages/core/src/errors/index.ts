/**
 * The errors a merchant's code catches, their type guards and the types of their fields: the part
 * of `@ummah/core` that SDKs built on it hand on to their users. Published as `@ummah/core/errors`,
 * so such an SDK re-exports it with one `export *` instead of repeating the list
 * (`@ummah/payments` does). Everything here is also exported from `@ummah/core` itself.
 *
 * @module errors
 */

export * from './api-error.js';
export * from './connection-errors.js';
export * from './guards.js';
export * from './request-errors.js';
export * from './response-too-large-error.js';
export * from './ummah-error.js';
