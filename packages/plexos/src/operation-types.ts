import type { Operations } from '@ummah/schema/plexos/routes';

/** The response of a Plexos operation. */
export type Response<K extends keyof Operations> = Operations[K]['response'];
/** The request body of a Plexos operation. */
export type Body<K extends keyof Operations> = Operations[K]['body'];
