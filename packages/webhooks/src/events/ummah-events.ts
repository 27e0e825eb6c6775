import type { WebhookEventObjects, WebhookEventType } from '@ummah/schema/ummah/events';
import type {
  BillingTemplateClient,
  Payment,
  Product,
  Purchase,
  PurchaseStatus,
} from '@ummah/schema/ummah/types';
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

/** A product line of a purchase; `quantity` and `tax_percent` arrive as decimal strings ("1.0000"). */
export type UmmahProduct = Product;

/** Purchase status: the values the platform uses, and any it adds later. */
export type UmmahPurchaseStatus = PurchaseStatus;

/**
 * The purchase object, the same `Purchase` type `@ummah/payments` returns. Amounts are integers in the
 * smallest currency unit.
 */
export type UmmahPurchase = Purchase;

/** A payment object (refunds are payments with `is_outgoing: true`), the `Payment` of `@ummah/payments`. */
export type UmmahPayment = Payment;

/** A payout: the gateway reports payouts as payments (`payment_type: 'payout'`). */
export type UmmahPayout = Payment;

/** A billing template subscriber, the `BillingTemplateClient` of `@ummah/payments`. */
export type UmmahBillingTemplateClient = BillingTemplateClient;

/**
 * The object an Ummah event of type `T` is about, as the API description declares it per event: a
 * `Purchase` for `purchase.*`, a `Payment` for `payment.*` and `payout.*`, a `BillingTemplateClient`
 * for the subscriber events. A name this version does not know gives an untyped object.
 */
export type UmmahEventObject<T extends string = UmmahEventType> = T extends UmmahEventType
  ? WebhookEventObjects[T]
  : Record<string, unknown>;

/**
 * The platform's callback shape: the object itself, with `event_type` naming the event
 * (see the real signed callback in the conformance vectors). `UmmahCallback` without an argument is
 * the union of every known event, which narrows on `event_type`.
 */
export type UmmahCallback<T extends UmmahEventType = UmmahEventType> = T extends UmmahEventType
  ? UmmahEventObject<T> & { event_type: T }
  : never;

/** The envelope shape shown in the gateway reference: `{ id, type, created_on, object }`. */
export type UmmahEnvelope<T extends UmmahEventType = UmmahEventType> = T extends UmmahEventType
  ? {
      /** Event ID; store it to ignore duplicate deliveries. */
      id: string;
      type: T;
      /** When the event happened (Unix seconds). */
      created_on?: number;
      /** The object the event is about. */
      object: UmmahEventObject<T>;
      /** The callback shape's field, absent in this one. */
      event_type?: undefined;
    }
  : never;

/**
 * An event whose name this version does not know: passed through, never rejected. Its fields are
 * untyped; read them after checking.
 */
export interface UmmahUnknownEvent {
  event_type?: string;
  type?: string;
  [field: string]: unknown;
}

/**
 * What `verifyWebhook` returns for the `ummah` scheme. Narrow it with {@link isUmmahEvent}, which
 * understands both shapes and keeps unknown events safe; {@link ummahEventObject} then returns the
 * typed object.
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
 * if (isUmmahEvent(event, 'purchase.paid')) fulfil(ummahEventObject(event).id);
 * ```
 */
export function isUmmahEvent<T extends UmmahEventType>(
  event: UmmahWebhookEvent,
  type: T,
): event is UmmahCallback<T> | UmmahEnvelope<T> {
  return ummahEventType(event) === type;
}

/**
 * What {@link ummahEventObject} returns for an event typed `E`: the typed object once `E` is narrowed to
 * known events (by {@link isUmmahEvent} or by `event_type`), an untyped object otherwise.
 */
export type UmmahEventObjectOf<E> = UmmahWebhookEvent extends E
  ? Record<string, unknown>
  : E extends { event_type: infer T extends UmmahEventType }
    ? UmmahEventObject<T>
    : E extends { object: infer O extends object }
      ? O
      : Record<string, unknown>;

/**
 * The purchase, payment, payout or subscriber an event is about, whichever shape it came in. After
 * {@link isUmmahEvent} it is typed for that event (a `Purchase` for `purchase.paid`); for an event this
 * version does not know, it is an untyped object.
 *
 * @example
 * ```ts
 * if (isUmmahEvent(event, 'purchase.paid')) {
 *   const purchase = ummahEventObject(event); // Purchase
 *   fulfil(purchase.id, purchase.purchase?.total);
 * }
 * ```
 */
export function ummahEventObject<E extends UmmahWebhookEvent>(event: E): UmmahEventObjectOf<E>;
export function ummahEventObject(event: UmmahWebhookEvent): object {
  const inner = (event as { object?: unknown }).object;
  return inner !== null && typeof inner === 'object' ? inner : event;
}
