import { z } from 'zod';
import { badRequest } from '../http/gateway-error';
import { json } from '../http/mock-result';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { mockRoute } from './mock-route';

/** What a trigger made: the event fired and the id of the object it is about. */
export interface TriggerResult {
  readonly event: string;
  readonly object_id: string;
}

/** A mock's triggers: the event types of its API's description, and how to fire one. */
export interface EventTrigger {
  /** The schema's list of event types, in its order. */
  readonly events: readonly string[];
  /** Creates what the event is about and fires it; resolves after the first delivery attempts. */
  fire(event: string): Promise<TriggerResult>;
}

const TriggerBody = z.object({ event: z.string() });

/**
 * `GET /_mock/events/` (the events a trigger accepts) and `POST /_mock/trigger/` `{"event": …}`:
 * fires one event on demand, like a provider's `trigger` command. A name outside the list is a 400.
 */
export function triggerRoutes(trigger: EventTrigger): GatewayRoute[] {
  return [
    mockRoute('GET', '/events/', 'mock.events', () => json({ results: trigger.events })),
    mockRoute(
      'POST',
      '/trigger/',
      'mock.trigger',
      async ({ body }) => {
        const { event } = body as z.infer<typeof TriggerBody>;
        if (!trigger.events.includes(event)) {
          throw badRequest({ event: [`Unknown event "${event}"; GET /_mock/events/ lists them.`] });
        }
        return json(await trigger.fire(event), 201);
      },
      TriggerBody,
    ),
  ];
}
