/**
 * `@ummah/testing`: a stateful in-memory Ummah gateway for tests: msw handlers, an in-process `fetch`,
 * simulated checkouts with signed webhooks, and fault injection. The HTTP server lives at
 * `@ummah/testing/server`, the CLI is `ummah-mock`.
 *
 * @packageDocumentation
 */
export { generateRsaKeyPair, type RsaKeyPair } from './crypto/rsa-key-pair';
export { PURCHASE_TRANSITIONS, type PurchaseAction } from './domain/purchase-transitions';
export type {
  BillingTemplateRecord,
  ClientRecord,
  PaymentRecord,
  PurchaseRecord,
  PurchaseStatus,
  RecurringTokenRecord,
  StatementRecord,
  SubscriberRecord,
  WebhookRecord,
} from './domain/records';
export type { DeliveryOptions } from './events/delivery-options';
export { EVENT_TYPES, type EventType, type WebhookEventBody } from './events/event-types';
export type { FaultController, FaultSpec } from './http/faults';
export { createMockGateway, type MockDelivery, type MockGateway } from './mock-gateway';
export { DEFAULT_BASE_URL, type MockExchange, type MockGatewayOptions } from './options';
export type { CheckoutOptions, CheckoutOutcome, RenewalOptions, Simulator } from './simulate';
