import type { RsaKeyPair } from '../crypto/rsa-key-pair';
import type {
  BillingTemplateRecord,
  ClientRecord,
  DeliveryRecord,
  PaymentRecord,
  PurchaseRecord,
  RecurringTokenRecord,
  StatementRecord,
  SubscriberRecord,
  WebhookRecord,
} from './records';

/** A recurring token with the links the mock needs to enforce it. */
export interface RecurringTokenEntry {
  readonly record: RecurringTokenRecord;
  readonly clientId: string;
  readonly purchaseId: string;
}

/** A webhook with the private half of its key pair. */
export interface WebhookEntry {
  readonly record: WebhookRecord;
  readonly keys: RsaKeyPair;
}

/** A statement with the data frozen at generation time, as a real export would be. */
export interface StatementEntry {
  readonly record: StatementRecord;
  /** Milliseconds on the mock clock at which processing completes. */
  readonly readyAt: number;
  /** Secret path segment so the download URL works without the API key, like a pre-signed URL. */
  readonly downloadToken: string;
  /** The file (CSV text or XLSX bytes), rendered when the statement was scheduled. */
  readonly content: string | Uint8Array<ArrayBuffer>;
}

/** What the delivery log keeps beside the API's delivery record: the signed request and the answer. */
export interface DeliveryExchange {
  /** The request headers sent, signature included. */
  readonly headers: Readonly<Record<string, string>>;
  /** The start of the receiver's answer, or the network error. */
  readonly responseText: string;
}

/**
 * Everything the mock gateway knows. Maps keep insertion order, which gives lists a stable order.
 * Operations mutate it synchronously, so a request is atomic with respect to every other request.
 */
export class GatewayState {
  readonly purchases = new Map<string, PurchaseRecord>();
  readonly clients = new Map<string, ClientRecord>();
  readonly recurringTokens = new Map<string, RecurringTokenEntry>();
  readonly billingTemplates = new Map<string, BillingTemplateRecord>();
  /** Keyed by {@link subscriberKey}: a client subscribes to a template at most once. */
  readonly subscribers = new Map<string, SubscriberRecord>();
  readonly webhooks = new Map<string, WebhookEntry>();
  readonly payments = new Map<string, PaymentRecord>();
  readonly statements = new Map<string, StatementEntry>();
  readonly deliveries: DeliveryRecord[] = [];
  /** Keyed by delivery id: what the dashboard shows of each attempt besides its record. */
  readonly deliveryExchanges = new Map<string, DeliveryExchange>();

  /** Empties every store (the company key is kept: merchants may have cached it). */
  clear(): void {
    this.purchases.clear();
    this.clients.clear();
    this.recurringTokens.clear();
    this.billingTemplates.clear();
    this.subscribers.clear();
    this.webhooks.clear();
    this.payments.clear();
    this.statements.clear();
    this.deliveries.length = 0;
    this.deliveryExchanges.clear();
  }
}

/** The store key of a subscriber. */
export function subscriberKey(templateId: string, clientId: string): string {
  return `${templateId} ${clientId}`;
}
