import { type Clock, unixSeconds } from '../domain/clock';
import type { KeySource } from '../domain/context';
import type { EmitEvent, WebhookEventBody } from '../domain/event-types';
import { newId } from '../domain/ids';
import type { GatewayState } from '../domain/state';
import type { DeliveryTarget, EventDispatcher } from './dispatcher';

/** What the emitter reads: the webhooks to deliver to, the time, the company key. */
export interface EventEmitterParts {
  readonly state: GatewayState;
  readonly clock: Clock;
  readonly keys: KeySource;
  readonly dispatcher: EventDispatcher;
}

/**
 * The domain's `emit`: wraps the object in the event envelope, sends it to every webhook subscribed
 * to the type (or to all events), signed with that webhook's key, and to a purchase's
 * `success_callback`, signed with the company key.
 */
export function createEventEmitter({ state, clock, keys, dispatcher }: EventEmitterParts): EmitEvent {
  return (type, object, source, successCallback) => {
    const event: WebhookEventBody = {
      id: newId('event'),
      type,
      event_type: type,
      created_on: unixSeconds(clock),
      object: structuredClone(object) as Record<string, unknown>,
    };
    const subscribed = [...state.webhooks.values()].filter(
      ({ record }) => record.all_events || record.events.includes(type),
    );
    const targets = (async (): Promise<DeliveryTarget[]> => {
      const list: DeliveryTarget[] = subscribed.map(({ record, keys: pair }) => ({
        url: record.callback,
        privateKey: pair.privateKey,
        webhookId: record.id,
      }));
      if (successCallback) {
        list.push({ url: successCallback, privateKey: (await keys.company()).privateKey, webhookId: null });
      }
      return list;
    })();
    return dispatcher.dispatch(event, source, targets);
  };
}
