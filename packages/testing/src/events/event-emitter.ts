import type { WebCryptoKey } from '@ummah/webhooks';
import { signWebhook } from '@ummah/webhooks';
import { type Clock, unixSeconds } from '../domain/clock';
import type { KeySource } from '../domain/context';
import { notFound } from '../domain/errors';
import type { EmitEvent, EventSource, WebhookEventBody } from '../domain/event-types';
import { newId } from '../domain/ids';
import type { DeliveryRecord } from '../domain/records';
import type { GatewayState } from '../domain/state';
import type { DeliveryAttempt, DeliveryTarget, EventDispatcher } from './dispatcher';

/** An Ummah event on its way out: the body and the object it is about. */
export interface UmmahOutgoingEvent {
  readonly body: WebhookEventBody;
  readonly source: EventSource;
}

/** What the emitter reads: the webhooks to deliver to, the time, the company key. */
export interface EventEmitterParts {
  readonly state: GatewayState;
  readonly clock: Clock;
  readonly keys: KeySource;
  readonly dispatcher: EventDispatcher<UmmahOutgoingEvent>;
}

/** Where a logged delivery went, signed again with the same key, to send it once more. */
export async function resendTarget(
  state: GatewayState,
  keys: KeySource,
  record: DeliveryRecord,
): Promise<DeliveryTarget> {
  if (record.webhook_id === null) {
    return { url: record.url, webhookId: null, sign: rsaSigner((await keys.company()).privateKey) };
  }
  const webhook = state.webhooks.get(record.webhook_id);
  if (!webhook) throw notFound('The webhook of this delivery no longer exists.');
  return { url: record.url, webhookId: webhook.record.id, sign: rsaSigner(webhook.keys.privateKey) };
}

/** Signs with the verifier package's own signer, so mock and verifier never disagree on the scheme. */
function rsaSigner(privateKey: WebCryptoKey): DeliveryTarget['sign'] {
  return async (body) => {
    const signed = await signWebhook({ scheme: 'ummah', payload: body, privateKey });
    return { 'x-signature': signed.headers['x-signature']! };
  };
}

/** Logs an attempt as the gateway's deliveries endpoint reports it. */
export function ummahDeliveryRecorder(
  state: GatewayState,
  clock: Clock,
): (event: UmmahOutgoingEvent, attempt: DeliveryAttempt) => DeliveryRecord {
  return ({ body, source }, { target, headers, responseCode, responseText, delivered, attempt }) => {
    const id = newId('delivery');
    state.deliveryExchanges.set(id, { headers, responseText });
    const record: DeliveryRecord = {
      id,
      event: body.type,
      event_id: body.id,
      status: delivered ? 'delivered' : 'failed',
      response_code: responseCode,
      sent_at: unixSeconds(clock),
      attempts: attempt,
      url: target.url,
      webhook_id: target.webhookId,
      source_id: source.id,
      source_type: source.type,
      payload: body,
    };
    state.deliveries.push(record);
    return record;
  };
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
        sign: rsaSigner(pair.privateKey),
        webhookId: record.id,
      }));
      if (successCallback) {
        list.push({
          url: successCallback,
          sign: rsaSigner((await keys.company()).privateKey),
          webhookId: null,
        });
      }
      return list;
    })();
    return dispatcher.dispatch({ body: event, source }, JSON.stringify(event), targets);
  };
}
