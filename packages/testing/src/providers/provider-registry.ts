import { createMockPebblePay, createMockPlexos, createMockPlugipay, createMockPlumaas } from './create-mocks';
import type { MockProvider } from './mock-provider';
import { PEBBLEPAY_BASE_URL } from './pebblepay/create-mock-pebblepay';
import { PLEXOS_BASE_URL } from './plexos/create-mock-plexos';
import { PLUGIPAY_BASE_URL } from './plugipay/create-mock-plugipay';
import { PLUMAAS_BASE_URL } from './plumaas/create-mock-plumaas';
import type { ProviderMockOptions } from './provider-options';

/** The providers the mocks stand for. */
export type ProviderName = 'plumaas' | 'plexos' | 'plugipay' | 'pebblepay';

/** How to make each provider's mock, and where its API lives by default. */
export const PROVIDER_MOCKS: Readonly<
  Record<ProviderName, { create: (options: ProviderMockOptions) => MockProvider<unknown>; baseURL: string }>
> = {
  plumaas: { create: createMockPlumaas, baseURL: PLUMAAS_BASE_URL },
  plexos: { create: createMockPlexos, baseURL: PLEXOS_BASE_URL },
  plugipay: { create: createMockPlugipay, baseURL: PLUGIPAY_BASE_URL },
  pebblepay: { create: createMockPebblePay, baseURL: PEBBLEPAY_BASE_URL },
};

/** True for the name of a provider with a mock. */
export function isProviderName(name: string): name is ProviderName {
  return Object.hasOwn(PROVIDER_MOCKS, name);
}
