// Everything @ummah/testing exports except `createMockGateway`, which each build (default and
// Workers) supplies itself; see index.ts and index.worker.ts.
export { generateRsaKeyPair, type RsaKeyPair } from './crypto/rsa-key-pair';
export { PURCHASE_TRANSITIONS, type PurchaseAction } from './domain/purchase-transitions';
export type {
  BillingTemplateRecord,
  ClientDetailsRecord,
  ClientRecord,
  DeliveryRecord,
  PaymentRecord,
  PaymentSummaryRecord,
  ProductRecord,
  PurchaseDetailsRecord,
  PurchaseRecord,
  PurchaseStatus,
  RecurringTokenRecord,
  StatementRecord,
  SubscriberRecord,
  SubscriberStatus,
  WebhookRecord,
} from './domain/records';
export { CLIENT_TEXT_FIELDS } from './domain/records';
export type { DeliveryOptions } from './events/delivery-options';
export { EVENT_TYPES, type EventType, type WebhookEventBody } from './events/event-types';
export type { FaultController, FaultSpec } from './http/faults';
export type { MockDelivery, MockGateway } from './mock-gateway';
export { DEFAULT_BASE_URL, type MockExchange, type MockGatewayOptions } from './options';
export type { CheckoutOptions, CheckoutOutcome, RenewalOptions, Simulator } from './simulate';
