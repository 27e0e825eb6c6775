import type { Operations } from '@ummah/schema/plugipay/routes';

/** The response of a Plugipay operation. */
export type Response<K extends keyof Operations> = Operations[K]['response'];
/** The request body of a Plugipay operation. */
export type Body<K extends keyof Operations> = Operations[K]['body'];
