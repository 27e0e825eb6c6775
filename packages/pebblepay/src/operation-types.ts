import type { Operations } from '@ummah/schema/pebblepay/routes';

/** The response of a PebblePay operation. */
export type Response<K extends keyof Operations> = Operations[K]['response'];
/** The request body of a PebblePay operation. */
export type Body<K extends keyof Operations> = Operations[K]['body'];
/** The query of a PebblePay list operation. */
export type Query<K extends keyof Operations> = Operations[K]['query'];
/** The item of a PebblePay list operation. */
export type Item<K extends keyof Operations> = Operations[K]['item'];
