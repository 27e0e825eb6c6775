/**
 * What the mock stores and answers with, typed from the generated response types. The generated
 * types are open (every field optional, unknown fields allowed) because the real gateway may leave
 * fields out; the mock always writes the fields listed here, so its records say so. Nested request
 * shapes (`Required<ClientDetailsInput>`, `Required<ProductInput>`) name the fields a request may set.
 */
import type {
  BillingTemplate,
  BillingTemplateClient,
  BillingTemplateCreateParams,
  Client,
  ClientDetails,
  ClientDetailsInput,
  ClientRecurringToken,
  CompanyStatement,
  Payment,
  Product,
  ProductInput,
  Purchase,
  PurchaseDetails,
  StatementCreateParams,
  StatusHistoryEntry,
  Webhook,
  WebhookDelivery,
  WebhookEventTypeInput,
} from '@ummah/schema/ummah/types';
import type { EventSourceType, WebhookEventBody } from './event-types';

/** The named keys of a generated type (its `[key: string]: unknown` index signature left out). */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};

/** A generated response type with the fields `K`, which the mock always writes, made present. */
type Written<T, K extends KnownKeys<T>> = T & { [P in K]-?: Exclude<T[P], undefined> };

/** A billing period unit, as templates accept it. */
export type PeriodUnit = NonNullable<BillingTemplateCreateParams['subscription_period_units']>;

/** Client contact details with every field a request may set present (empty strings when unset). */
export type ClientDetailsRecord = ClientDetails & Required<ClientDetailsInput>;

/** A Client object. */
export type ClientRecord = Written<Client, 'type' | 'created_on' | 'updated_on'> &
  Required<ClientDetailsInput>;

/** One line item, with its defaults filled in. */
export type ProductRecord = Product & Required<ProductInput>;

/** The `purchase` block of a Purchase or a BillingTemplate: products and totals. */
export type PurchaseDetailsRecord = Written<
  PurchaseDetails,
  'currency' | 'total_amount' | 'language' | 'notes' | 'due_strict' | 'email_message'
> & { products: ProductRecord[] };

/**
 * The `payment` block of a Purchase once money moved. `refunded_amount` is the mock's running total
 * of refunds (the schema lets payments carry more fields than it names).
 */
export type PaymentSummaryRecord = Written<
  Payment,
  'payment_type' | 'method' | 'is_recurring_token' | 'amount' | 'currency' | 'net_amount' | 'fee_amount'
> & { paid_on: number; refunded_amount: number };

/** One entry of a purchase's `status_history`. */
export type StatusHistoryRecord = Written<StatusHistoryEntry, 'status' | 'timestamp'>;

/** A Purchase object. */
export type PurchaseRecord = Written<
  Purchase,
  | 'type'
  | 'brand_id'
  | 'product'
  | 'platform'
  | 'creator_agent'
  | 'due'
  | 'payment_method_whitelist'
  | 'recurring_token'
  | 'is_recurring_token'
  | 'billing_template_id'
  | 'checkout_url'
  | 'invoice_url'
  | 'success_redirect'
  | 'failure_redirect'
  | 'cancel_redirect'
  | 'success_callback'
  | 'reference'
  | 'skip_capture'
  | 'force_recurring'
  | 'send_receipt'
  | 'marked_as_paid'
  | 'is_test'
  | 'refundable_amount'
  | 'refund_availability'
  | 'created_on'
  | 'updated_on'
> & {
  client_id: string;
  client: ClientDetailsRecord;
  purchase: PurchaseDetailsRecord;
  payment: PaymentSummaryRecord | null;
  status_history: StatusHistoryRecord[];
};

/** A Payment: the money movement of a purchase (`purchase`) or of a refund (`refund`). */
export type PaymentRecord = Written<
  Payment,
  | 'id'
  | 'type'
  | 'payment_type'
  | 'status'
  | 'amount'
  | 'currency'
  | 'purchase'
  | 'method'
  | 'reference'
  | 'created_on'
>;

/** A saved payment method, created by a `force_recurring` purchase. */
export type RecurringTokenRecord = Written<
  ClientRecurringToken,
  'id' | 'payment_method' | 'description' | 'created_on'
>;

/** A BillingTemplate object. */
export type BillingTemplateRecord = Written<
  BillingTemplate,
  | 'type'
  | 'brand_id'
  | 'title'
  | 'is_subscription'
  | 'subscription_period'
  | 'number_of_billing_cycles'
  | 'subscription_due_period'
  | 'subscription_charge_period_end'
  | 'subscription_trial_periods'
  | 'force_recurring'
  | 'send_receipt'
  | 'created_on'
  | 'updated_on'
> & {
  purchase: PurchaseDetailsRecord;
  subscription_period_units: PeriodUnit | null;
  subscription_due_period_units: PeriodUnit | null;
};

/** A BillingTemplateClient (subscriber) object. */
export type SubscriberRecord = Written<
  BillingTemplateClient,
  | 'type'
  | 'billing_template_id'
  | 'client_id'
  | 'status'
  | 'is_subscription'
  | 'next_billing_on'
  | 'number_of_billing_cycles_passed'
  | 'recurring_token'
  | 'created_on'
  | 'updated_on'
> & { client: ClientDetailsRecord };

/** A Webhook object (its private key is kept beside it, never in it). */
export type WebhookRecord = Written<
  Webhook,
  'title' | 'callback' | 'all_events' | 'public_key' | 'created_on' | 'updated_on'
> & { events: WebhookEventTypeInput[] };

/** A CompanyStatement object. */
export type StatementRecord = Written<
  CompanyStatement,
  'type' | 'status' | 'download_url' | 'timezone' | 'query_string' | 'created_on' | 'updated_on'
> & { format: StatementCreateParams['format'] };

/**
 * One delivery attempt. Besides the documented fields the mock logs where the attempt went and what
 * it was about, so the deliveries endpoint can filter by source. (Public as `MockDelivery`, so its
 * type spells the present fields out instead of using the helper above.)
 */
export type DeliveryRecord = WebhookDelivery &
  Required<Pick<WebhookDelivery, 'id' | 'event' | 'status' | 'response_code' | 'sent_at'>> & {
    event_id: string;
    attempts: number;
    url: string;
    webhook_id: string | null;
    source_id: string;
    source_type: EventSourceType;
    payload: WebhookEventBody;
  };
