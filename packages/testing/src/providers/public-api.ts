// The provider mocks' public types, exported from `@ummah/testing` by both builds (each adds its own
// `createMock…` factories: providers/create-mocks.ts and create-mocks.worker.ts).
export type { MockProvider } from './mock-provider';
export type { MockPebblePay, PebblePaySimulator } from './pebblepay/create-mock-pebblepay';
export type { MockCoupon } from './pebblepay/pebblepay-coupons';
export type { MockOrder } from './pebblepay/pebblepay-orders';
export type { MockPlexos } from './plexos/create-mock-plexos';
export type { MockPlexosPayment, MockPlexosWebhook, PlexosPaymentInput } from './plexos/plexos-account';
export type { PlexosPaymentStep, PlexosRefundOutcome, PlexosSimulator } from './plexos/plexos-simulator';
export type { MockPlugipay } from './plugipay/create-mock-plugipay';
export type { MockCheckoutSession, MockPlugipayPayment, MockRefund } from './plugipay/plugipay-account';
export type { PlugipaySimulator } from './plugipay/plugipay-simulator';
export type { MockPlumaas, PlumaasSimulator } from './plumaas/create-mock-plumaas';
export type { ChargeStep, MockCharge } from './plumaas/plumaas-charges';
export type { ProviderDelivery, ProviderScheme } from './provider-delivery';
export type { ProviderMockOptions } from './provider-options';
