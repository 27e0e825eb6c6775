import { list, str } from './code.js';
import type { WebhookEventDefinition } from './operations.js';

/**
 * The content of events.ts: the names of the signed events the provider sends, with no zod, so a
 * verifier can type its events without pulling in validators.
 */
export function emitEvents(events: WebhookEventDefinition[], header: string, example: string): string {
  return `${header}

export type { KnownWebhookEvent, WebhookEventObjects, WebhookEventPayloads } from './types.js';

/** Every event type the description lists (its \`webhooks\` section), in order. */
export const webhookEventTypes = ${list(
    '[',
    events.map((e) => str(e.event)),
    '] as const',
    0,
    32,
  )};

/** An event type the description lists, e.g. \`${str(example)}\`. */
export type WebhookEventType = (typeof webhookEventTypes)[number];
`;
}
