import type { WebhookEventType } from '@ummah/schema/ummah/events';
import type { OpenString } from './provider-events.js';

/**
 * Every event name in the `webhooks` section of the gateway's API description, generated from it rather
 * than listed by hand. Deliveries may carry names this version does not know yet; code must tolerate
 * them ({@link UmmahUnknownEvent}).
 */
export type UmmahEventType = WebhookEventType;

/** Events about purchases. */
export type UmmahPurchaseEventType = Extract<UmmahEventType, `purchase.${string}`>;

/** Events about payments (refunds are reported as outgoing payments). */
export type UmmahPaymentEventType = Extract<UmmahEventType, `payment.${string}`>;

/** Events about payouts. */
export type UmmahPayoutEventType = Extract<UmmahEventType, `payout.${string}`>;

/** Events about subscribers of billing templates. */
export type UmmahBillingEventType = Extract<UmmahEventType, `billing_template${string}`>;

/** A product line; `quantity` and `tax_percent` arrive as decimal strings ("1.0000"). */
export interface UmmahProduct {
  name: string;
  price: number;
  quantity?: string | number;
  discount?: number;
  tax_percent?: string | number;
  category?: string;
  [field: string]: unknown;
}

/** Purchase status: 21 values on the platform, more may come. */
export type UmmahPurchaseStatus = OpenString<
  | 'created'
  | 'sent'
  | 'viewed'
  | 'error'
  | 'cancelled'
  | 'overdue'
  | 'expired'
  | 'blocked'
  | 'hold'
  | 'released'
  | 'pending_release'
  | 'pending_capture'
  | 'preauthorized'
  | 'paid'
  | 'pending_execute'
  | 'pending_charge'
  | 'cleared'
  | 'settled'
  | 'chargeback'
  | 'pending_refund'
  | 'refunded'
>;

/** The purchase object as callbacks carry it. Amounts are integers in the smallest currency unit. */
export interface UmmahPurchase {
  id: string;
  type?: 'purchase';
  status: UmmahPurchaseStatus;
  brand_id?: string;
  client?: { email?: string; full_name?: string; [field: string]: unknown };
  purchase?: {
    total?: number;
    currency?: string;
    products?: UmmahProduct[];
    [field: string]: unknown;
  };
  payment?: { amount?: number; currency?: string; paid_on?: number; [field: string]: unknown } | null;
  reference?: string;
  is_test?: boolean;
  recurring_token?: string | null;
  created_on?: number;
  updated_on?: number;
  status_history?: Array<{ status: string; timestamp: number; [field: string]: unknown }>;
  [field: string]: unknown;
}

/** A payment object (refunds are payments with `is_outgoing: true`). */
export interface UmmahPayment {
  id: string;
  type?: 'payment';
  payment_type?: OpenString<'purchase' | 'refund' | 'payout'>;
  is_outgoing?: boolean;
  amount?: number;
  currency?: string;
  related_to?: { type: string; id: string; [field: string]: unknown };
  created_on?: number;
  [field: string]: unknown;
}

/** A payout object. */
export interface UmmahPayout {
  id: string;
  type?: 'payout';
  status?: string;
  amount?: number;
  currency?: string;
  [field: string]: unknown;
}

/** A billing template subscriber. */
export interface UmmahBillingTemplateClient {
  id: string;
  type?: 'billing_template_client';
  status?: string;
  client_id?: string;
  [field: string]: unknown;
}

/** The object an Ummah event of type `T` carries: a purchase, a payment, a payout or a subscriber. */
export type UmmahEventObject<T extends UmmahEventType> = T extends UmmahPurchaseEventType
  ? UmmahPurchase
  : T extends UmmahPaymentEventType
    ? UmmahPayment
    : T extends UmmahPayoutEventType
      ? UmmahPayout
      : UmmahBillingTemplateClient;

/**
 * The platform's callback shape: the object itself, with `event_type` naming the event
 * (see the real signed callback in the conformance vectors).
 */
export type UmmahCallback<T extends UmmahEventType = UmmahEventType> = T extends UmmahEventType
  ? UmmahEventObject<T> & { event_type: T }
  : never;

/** The envelope shape shown in the gateway reference: `{ id, type, created_on, object }`. */
export type UmmahEnvelope<T extends UmmahEventType = UmmahEventType> = T extends UmmahEventType
  ? { id: string; type: T; created_on?: number; object: UmmahEventObject<T>; [field: string]: unknown }
  : never;

/** An event whose name this version does not know: passed through, never rejected. */
export interface UmmahUnknownEvent {
  event_type?: string;
  type?: string;
  [field: string]: unknown;
}

/**
 * What `verifyWebhook` returns for the `ummah` scheme. Narrow it with {@link isUmmahEvent}, which
 * understands both shapes and keeps unknown events safe.
 */
export type UmmahWebhookEvent = UmmahCallback | UmmahEnvelope | UmmahUnknownEvent;

/**
 * The event name of an Ummah delivery, whichever shape it has (`event_type`, else a dotted `type`).
 *
 * @example
 * ```ts
 * switch (ummahEventType(event)) { case 'purchase.paid': … }
 * ```
 */
export function ummahEventType(event: UmmahWebhookEvent): OpenString<UmmahEventType> | undefined {
  if (typeof event.event_type === 'string') return event.event_type;
  return typeof event.type === 'string' && event.type.includes('.') ? event.type : undefined;
}

/**
 * Type guard for one event name.
 *
 * @example
 * ```ts
 * if (isUmmahEvent(event, 'purchase.paid')) fulfil(event.id, event.purchase?.total);
 * ```
 */
export function isUmmahEvent<T extends UmmahEventType>(
  event: UmmahWebhookEvent,
  type: T,
): event is UmmahCallback<T> | UmmahEnvelope<T> {
  return ummahEventType(event) === type;
}

/**
 * The purchase, payment, payout or subscriber an event is about, whichever shape it came in.
 */
export function ummahEventObject(event: UmmahWebhookEvent): Record<string, unknown> {
  const inner = (event as { object?: unknown }).object;
  return inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : event;
}
