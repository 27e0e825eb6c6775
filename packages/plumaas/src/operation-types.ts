import type { Operations } from '@ummah/schema/plumaas/routes';

/** The response of a Plumaas operation. */
export type Response<K extends keyof Operations> = Operations[K]['response'];
/** The request body of a Plumaas operation. */
export type Body<K extends keyof Operations> = Operations[K]['body'];
