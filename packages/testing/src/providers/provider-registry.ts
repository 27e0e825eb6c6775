import { webhookEventTypes as pebblepayEvents } from '@ummah/schema/pebblepay/events';
import { webhookEventTypes as plexosEvents } from '@ummah/schema/plexos/events';
import { webhookEventTypes as plugipayEvents } from '@ummah/schema/plugipay/events';
import { webhookEventTypes as plumaasEvents } from '@ummah/schema/plumaas/events';
import { createMockPebblePay, createMockPlexos, createMockPlugipay, createMockPlumaas } from './create-mocks';
import type { MockProvider } from './mock-provider';
import { PEBBLEPAY_BASE_URL, PEBBLEPAY_PROFILE } from './pebblepay/create-mock-pebblepay';
import { PLEXOS_BASE_URL, PLEXOS_PROFILE } from './plexos/create-mock-plexos';
import { PLUGIPAY_BASE_URL, PLUGIPAY_PROFILE } from './plugipay/create-mock-plugipay';
import { PLUMAAS_BASE_URL, PLUMAAS_PROFILE } from './plumaas/create-mock-plumaas';
import type { ProviderMockOptions } from './provider-options';
import { defaultTestKey } from './provider-profile';

/** The providers the mocks stand for. */
export type ProviderName = 'plumaas' | 'plexos' | 'plugipay' | 'pebblepay';

/** How to make each provider's mock, and where its API lives by default. */
export const PROVIDER_MOCKS: Readonly<
  Record<
    ProviderName,
    {
      create: (options: ProviderMockOptions) => MockProvider<unknown>;
      baseURL: string;
      /** The event types of the provider's API description: what its mock's trigger accepts. */
      events: readonly string[];
      /** The test key its mock accepts when started without `--api-key` (the mock prints it too). */
      defaultTestKey: string;
    }
  >
> = {
  plumaas: {
    create: createMockPlumaas,
    baseURL: PLUMAAS_BASE_URL,
    events: plumaasEvents,
    defaultTestKey: defaultTestKey(PLUMAAS_PROFILE),
  },
  plexos: {
    create: createMockPlexos,
    baseURL: PLEXOS_BASE_URL,
    events: plexosEvents,
    defaultTestKey: defaultTestKey(PLEXOS_PROFILE),
  },
  plugipay: {
    create: createMockPlugipay,
    baseURL: PLUGIPAY_BASE_URL,
    events: plugipayEvents,
    defaultTestKey: defaultTestKey(PLUGIPAY_PROFILE),
  },
  pebblepay: {
    create: createMockPebblePay,
    baseURL: PEBBLEPAY_BASE_URL,
    events: pebblepayEvents,
    defaultTestKey: defaultTestKey(PEBBLEPAY_PROFILE),
  },
};

/** True for the name of a provider with a mock. */
export function isProviderName(name: string): name is ProviderName {
  return Object.hasOwn(PROVIDER_MOCKS, name);
}
