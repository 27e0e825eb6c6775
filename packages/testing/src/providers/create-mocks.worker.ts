// The provider mock factories of the Workers build: everything but `handlers`, which explain
// their absence when read.
import { handlersUnavailable } from '../transports/handlers-unavailable';
import { mockPebblePayWith } from './pebblepay/create-mock-pebblepay';
import { mockPlexosWith } from './plexos/create-mock-plexos';
import { mockPlugipayWith } from './plugipay/create-mock-plugipay';
import { mockPlumaasWith } from './plumaas/create-mock-plumaas';

/** Creates a Plumaas mock (Workers build: everything but `handlers`; use its `fetch`). */
export const createMockPlumaas = mockPlumaasWith(handlersUnavailable);
/** Creates a Plexos mock (Workers build: everything but `handlers`; use its `fetch`). */
export const createMockPlexos = mockPlexosWith(handlersUnavailable);
/** Creates a Plugipay mock (Workers build: everything but `handlers`; use its `fetch`). */
export const createMockPlugipay = mockPlugipayWith(handlersUnavailable);
/** Creates a PebblePay mock (Workers build: everything but `handlers`; use its `fetch`). */
export const createMockPebblePay = mockPebblePayWith(handlersUnavailable);
