import type { WebhookEventType } from '@ummah/schema/ummah/events';
import type { WebhookEvent, WebhooksDeliveriesQuery } from '@ummah/schema/ummah/types';

/**
 * The event types the mock emits, each one a name of the schema's `webhookEventTypes`: the lifecycle
 * events of purchases and subscribers, the transitions the mock performs. Webhooks may subscribe to
 * any name the schema lists; these are the ones that arrive.
 */
export const EVENT_TYPES = [
  'purchase.created',
  'purchase.paid',
  'purchase.payment_failure',
  'purchase.hold',
  'purchase.captured',
  'purchase.released',
  'purchase.cancelled',
  'purchase.refunded',
  'purchase.recurring_token_deleted',
  'purchase.subscription_charge_failure',
  'billing_template.client_activated',
] as const satisfies readonly WebhookEventType[];

/** One of the event types the mock emits. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The JSON body of a delivery: the documented envelope plus `event_type`, the field the platform's
 * own callbacks carry, so handlers written for either shape work.
 */
export type WebhookEventBody = WebhookEvent & {
  id: string;
  /** One of {@link EVENT_TYPES}, or any name the schema lists when fired by a trigger. */
  type: WebhookEventType;
  event_type: WebhookEventType;
  created_on: number;
  object: Record<string, unknown>;
};

/** The kind of object an event is about, as `GET /webhooks/deliveries/?source_type=` filters it. */
export type EventSourceType = WebhooksDeliveriesQuery['source_type'];

/** The object an event is about, for `GET /webhooks/deliveries/?id=&source_type=`. */
export interface EventSource {
  readonly id: string;
  readonly type: EventSourceType;
}

/**
 * Emits an event about `object` to every webhook subscribed to it and, when given, to a purchase's
 * `success_callback`. Resolves once the first delivery attempts are done.
 */
export type EmitEvent = (
  type: WebhookEventType,
  object: object,
  source: EventSource,
  successCallback?: string,
) => Promise<void>;
