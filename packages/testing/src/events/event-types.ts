/**
 * Event types the mock emits. The reference lists the common ones (paid, payment_failure, refunded,
 * cancelled, subscription_charge_failure, client_activated); the others mirror the platform's
 * lifecycle events so that handlers see every transition the mock performs.
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
] as const;

/** One of the event types the mock emits. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The JSON body of a delivery: the reference's event envelope, plus `event_type` (the field the
 * platform's own callbacks carry) so handlers written for either shape work.
 */
export interface WebhookEventBody {
  id: string;
  type: EventType;
  event_type: EventType;
  created_on: number;
  object: Record<string, unknown>;
}
