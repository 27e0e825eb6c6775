/**
 * The wire shapes the mock stores and returns. Fields are snake_case exactly as the gateway sends
 * them; responses are deep copies, so callers can never mutate the mock's state through them.
 */

/** Purchase statuses the mock produces (the real platform has more; clients must accept others). */
export type PurchaseStatus = 'created' | 'error' | 'hold' | 'paid' | 'refunded' | 'cancelled' | 'released';

/** One line item. */
export interface ProductRecord {
  name: string;
  price: number;
  /** May be fractional (e.g. 1.5 kg). */
  quantity: number;
  discount: number;
  tax_percent: number;
  category: string;
}

/** The `purchase` block of a Purchase: products and totals. */
export interface PurchaseDetailsRecord {
  products: ProductRecord[];
  currency: string;
  total_amount: number;
  language: string;
  notes: string;
  due_strict: boolean;
  email_message: string;
}

/** Text fields of client details; absent ones are empty strings on the wire, as the platform sends. */
export const CLIENT_TEXT_FIELDS = [
  'full_name',
  'phone',
  'personal_code',
  'street_address',
  'country',
  'city',
  'zip_code',
  'state',
  'shipping_street_address',
  'shipping_country',
  'shipping_city',
  'shipping_zip_code',
  'shipping_state',
  'legal_name',
  'brand_name',
  'registration_number',
  'tax_number',
  'bank_account',
  'bank_code',
] as const;

/** Client contact details as embedded in a Purchase and stored on a Client. */
export type ClientDetailsRecord = { email: string; cc: string[]; bcc: string[] } & Record<
  (typeof CLIENT_TEXT_FIELDS)[number],
  string
>;

/** A Client object. */
export interface ClientRecord extends ClientDetailsRecord {
  id: string;
  type: 'personal';
  created_on: number;
  updated_on: number;
}

/** The `payment` block of a Purchase once money moved. */
export interface PaymentSummaryRecord {
  payment_type: 'purchase';
  method: string;
  is_recurring_token: boolean;
  amount: number;
  currency: string;
  net_amount: number;
  fee_amount: number;
  refunded_amount: number;
  paid_on: number;
}

/** A Purchase object. */
export interface PurchaseRecord {
  id: string;
  type: 'purchase';
  status: PurchaseStatus;
  brand_id: string;
  client_id: string;
  client: ClientDetailsRecord;
  purchase: PurchaseDetailsRecord;
  payment: PaymentSummaryRecord | null;
  product: 'purchases' | 'billing_invoices' | 'billing_subscriptions';
  platform: string;
  creator_agent: string;
  due: number | null;
  payment_method_whitelist: string[] | null;
  recurring_token: string | null;
  is_recurring_token: boolean;
  billing_template_id: string | null;
  checkout_url: string;
  invoice_url: string;
  success_redirect: string;
  failure_redirect: string;
  cancel_redirect: string;
  success_callback: string;
  reference: string;
  skip_capture: boolean;
  force_recurring: boolean;
  send_receipt: boolean;
  marked_as_paid: boolean;
  is_test: boolean;
  refundable_amount: number;
  refund_availability: 'all' | 'partial_only' | 'none';
  status_history: Array<{ status: PurchaseStatus; timestamp: number }>;
  created_on: number;
  updated_on: number;
}

/** A Payment: the money movement of a purchase (`purchase`) or a refund (`refund`). */
export interface PaymentRecord {
  id: string;
  type: 'payment';
  payment_type: 'purchase' | 'refund';
  status: 'paid' | 'refunded';
  amount: number;
  currency: string;
  purchase: string;
  method: string;
  reference: string;
  created_on: number;
}

/** A saved payment method created by `force_recurring`. */
export interface RecurringTokenRecord {
  id: string;
  payment_method: string;
  description: string;
  created_on: number;
}

/** A BillingTemplate object. */
export interface BillingTemplateRecord {
  id: string;
  type: 'billing_template';
  brand_id: string;
  title: string;
  is_subscription: boolean;
  subscription_period: number | null;
  subscription_period_units: 'days' | 'weeks' | 'months' | 'years' | null;
  subscription_trial_periods: number;
  subscription_charge_period_end: boolean;
  subscription_due_period: number | null;
  subscription_due_period_units: 'days' | 'weeks' | 'months' | 'years' | null;
  number_of_billing_cycles: number;
  force_recurring: boolean;
  send_receipt: boolean;
  purchase: PurchaseDetailsRecord;
  created_on: number;
  updated_on: number;
}

/** Subscriber statuses. */
export type SubscriberStatus = 'pending' | 'active' | 'subscription_paused' | 'inactive';

/** A BillingTemplateClient (subscriber) object. */
export interface SubscriberRecord {
  id: string;
  type: 'billing_template_client';
  billing_template_id: string;
  client_id: string;
  client: ClientDetailsRecord;
  is_subscription: boolean;
  status: SubscriberStatus;
  next_billing_on: number | null;
  number_of_billing_cycles_passed: number;
  recurring_token: string | null;
  created_on: number;
  updated_on: number;
}

/** A Webhook object (the private key lives beside it, never in it). */
export interface WebhookRecord {
  id: string;
  title: string;
  callback: string;
  events: string[];
  all_events: boolean;
  public_key: string;
  created_on: number;
  updated_on: number;
}

/** One delivery attempt log entry. */
export interface DeliveryRecord {
  id: string;
  event: string;
  event_id: string;
  status: 'pending' | 'delivered' | 'failed';
  response_code: number | null;
  sent_at: number | null;
  attempts: number;
  url: string;
  webhook_id: string | null;
  source_id: string;
  source_type: 'purchase' | 'payment' | 'payout' | 'billing_template_client';
  payload: Record<string, unknown>;
}

/** A CompanyStatement object. */
export interface StatementRecord {
  id: string;
  type: 'company';
  format: 'csv' | 'xlsx';
  status: 'processing' | 'success' | 'cancelled';
  download_url: string | null;
  timezone: string;
  query_string: string;
  created_on: number;
  updated_on: number;
}
