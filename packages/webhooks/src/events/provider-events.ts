/**
 * Event shapes of the other gateways, as their documentation shows them. All are open: unknown fields
 * and event names pass through untouched.
 */

/** Names that a provider documents, plus any string it may add later. */
export type OpenString<Known extends string> = Known | (string & {});

/** Plumaas webhook body; `event` names the event (the `X-Plumaas-Event` header repeats it). */
export interface PlumaasEvent {
  event: OpenString<
    | 'charge.succeeded'
    | 'charge.failed'
    | 'charge.refunded'
    | 'subscription.created'
    | 'subscription.canceled'
  >;
  [field: string]: unknown;
}

/** Plexos Pay webhook body; `id` deduplicates deliveries. */
export interface PlexosEvent {
  id: string;
  type: OpenString<
    | 'payment.created'
    | 'payment.debited'
    | 'payment.settled'
    | 'payment.failed'
    | 'payment.expired'
    | 'payment.cancelled'
    | 'refund.created'
    | 'refund.succeeded'
    | 'refund.failed'
    | 'checkout.completed'
    | 'checkout.expired'
    | 'settlement.completed'
  >;
  data: { id: string; amount?: string; currency?: string; status?: string; [field: string]: unknown };
  /** ISO-8601 time the event was created. */
  createdAt: string;
  [field: string]: unknown;
}

/** Plugipay webhook body. */
export interface PlugipayEvent {
  id?: string;
  type: OpenString<
    'payment.succeeded' | 'payment.failed' | 'checkout_session.completed' | 'checkout_session.expired'
  >;
  data: { id: string; metadata?: Record<string, string>; [field: string]: unknown };
  [field: string]: unknown;
}

/** PebblePay webhook body; check `is_test` before fulfilling. */
export interface PebblePayEvent {
  event: OpenString<'payment.completed'>;
  order_id?: string;
  transaction_id?: string;
  amount?: number;
  currency?: string;
  customer_email?: string;
  is_test?: boolean;
  timestamp?: string;
  [field: string]: unknown;
}

/** A Standard Webhooks body: the spec fixes only the envelope, and not even that strictly. */
export interface StandardWebhookEvent {
  type?: string;
  timestamp?: string;
  data?: unknown;
  [field: string]: unknown;
}
