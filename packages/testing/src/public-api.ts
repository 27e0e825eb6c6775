// Everything @ummah/testing exports except `createMockGateway`, which each build (default and
// Workers) supplies itself; see index.ts and index.worker.ts.

// The API's types (Purchase, Client, PurchaseStatus …), generated from the OpenAPI description: what
// the mock answers with and what `simulate` resolves to.
export type * from '@ummah/schema/ummah/types';
export { generateRsaKeyPair, type RsaKeyPair } from './crypto/rsa-key-pair';
export type { Clock } from './domain/clock';
export { InvalidDurationError, parseDuration } from './domain/duration';
export {
  EVENT_TYPES,
  type EventSourceType,
  type EventType,
  type WebhookEventBody,
} from './domain/event-types';
export { PURCHASE_TRANSITIONS, type PurchaseAction } from './domain/purchases/transitions';
export type { DeliveryRecord } from './domain/records';
export type { AdvanceResult, TestClock, Timeline } from './domain/test-clock';
export type { DeliveryOptions, DeliveryReport } from './events/delivery-options';
export type { FaultController, FaultSpec } from './http/faults';
export type { MockDelivery, MockGateway } from './mock-gateway';
export { DEFAULT_BASE_URL, type MockExchange, type MockGatewayOptions } from './options';
export * from './providers/public-api';
export type { CheckoutOptions, CheckoutOutcome, RenewalOptions, Simulator } from './simulate';
export type { MockFacade } from './transports/mock-facade';
