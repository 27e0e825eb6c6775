import type {
  WebhookEvent as PebblePayWebhookEvent,
  WebhookEventType as PebblePayWebhookEventType,
} from '@ummah/schema/pebblepay/types';
import type {
  Payment as PlexosPayment,
  WebhookEvent as PlexosWebhookEvent,
  WebhookEventObjects as PlexosWebhookEventObjects,
  WebhookEventType as PlexosWebhookEventType,
} from '@ummah/schema/plexos/types';
import type {
  EventObject as PlugipayEventObject,
  Refund as PlugipayRefund,
  WebhookEvent as PlugipayWebhookEvent,
  WebhookEventType as PlugipayWebhookEventType,
} from '@ummah/schema/plugipay/types';
import type {
  WebhookEvent as PlumaasWebhookEvent,
  WebhookEventType as PlumaasWebhookEventType,
} from '@ummah/schema/plumaas/types';

// Event shapes of the other gateways, taken from their API descriptions in @ummah/schema (generated
// once from the providers' documentation) rather than written out again here. Event names are open
// (a name a provider adds later type-checks), and undeclared fields pass through untouched at run time;
// the types declare only documented fields, so a misspelt field fails to compile. Read an undeclared
// field through `WithUnknownFields<PlumaasEvent>`.

/** Names that a provider documents, plus any string it may add later. */
export type OpenString<Known extends string> = Known | (string & {});

/** Plumaas webhook body; `event` names the event (the `X-Plumaas-Event` header repeats it). */
export interface PlumaasEvent extends PlumaasWebhookEvent {
  event: PlumaasWebhookEventType;
}

/**
 * The object a Plexos Pay event of type `T` carries in `data`, as the API description declares it per
 * event: a payment for `payment.*`; refunds, checkouts and settlements are undocumented, so untyped.
 * Without a specific `T`, the payment shape (the events Plexos Pay documents).
 */
export type PlexosEventData<T extends string = PlexosWebhookEventType> = string extends T
  ? PlexosPayment & { id: string }
  : (T extends keyof PlexosWebhookEventObjects ? PlexosWebhookEventObjects[T] : Record<string, unknown>) & {
      id: string;
    };

/**
 * Plexos Pay webhook body; `id` deduplicates deliveries. `data` is the object the event is about; for
 * payment events a payment with the mobile money `operator` and `operatorPhone` that was debited.
 * `PlexosEvent<'payment.debited'>` types `data` for that one event.
 */
export interface PlexosEvent<T extends PlexosWebhookEventType = PlexosWebhookEventType>
  extends Omit<PlexosWebhookEvent, 'data' | 'type'> {
  type: T;
  data: PlexosEventData<T>;
  /** ISO-8601 time the event was created. */
  createdAt: string;
}

/**
 * The object a Plugipay event is about: a payment, a checkout session, or (for `refund.succeeded` and
 * `refund.failed`) the refund with its `status`, `paymentId`, `amount`, `reason` and `description`.
 */
export interface PlugipayEventData
  extends PlugipayEventObject,
    Partial<Pick<PlugipayRefund, 'status' | 'paymentId' | 'amount' | 'reason' | 'description'>> {}

/** Plugipay webhook body. */
export interface PlugipayEvent extends PlugipayWebhookEvent {
  id?: string;
  type: PlugipayWebhookEventType;
  data: PlugipayEventData;
}

/**
 * PebblePay webhook body, the same for `payment.completed`, `payment.failed`, `payment.refunded` and
 * `payment.disputed`; check `is_test` before fulfilling. Amounts are USD decimals as PebblePay sends them.
 */
export interface PebblePayEvent extends PebblePayWebhookEvent {
  event: PebblePayWebhookEventType;
}

/** A Standard Webhooks body: the spec fixes only the envelope, and not even that strictly. */
export interface StandardWebhookEvent {
  type?: string;
  timestamp?: string;
  data?: unknown;
  [field: string]: unknown;
}
