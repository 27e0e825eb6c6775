// The provider mock factories of the default build: `handlers` are msw handlers.
import { mswHandlers } from '../transports/msw-handlers';
import { mockPebblePayWith } from './pebblepay/create-mock-pebblepay';
import { mockPlexosWith } from './plexos/create-mock-plexos';
import { mockPlugipayWith } from './plugipay/create-mock-plugipay';
import { mockPlumaasWith } from './plumaas/create-mock-plumaas';

/**
 * Creates a stateful mock of the Plumaas API (charges, webhook endpoint tests) with signed webhooks
 * (`X-Plumaas-Signature`, verifiable with `verifyWebhook({ scheme: 'plumaas', secret })`).
 *
 * @example
 * import { createMockPlumaas } from '@ummah/testing';
 * import { setupServer } from 'msw/node';
 *
 * const plumaas = createMockPlumaas({ webhookUrl: 'https://shop.test/webhooks/plumaas' });
 * const server = setupServer(...plumaas.handlers);
 * const charge = await (await fetch(`${plumaas.baseURL}/charges`, {
 *   method: 'POST',
 *   headers: { authorization: `Bearer ${plumaas.apiKey}`, 'content-type': 'application/json' },
 *   body: JSON.stringify({ org_id: 'org_1', amount_cents: 12900 }),
 * })).json();
 * await plumaas.simulate.pay(charge.id); // charge.succeeded, signed with plumaas.webhookSecret
 */
export const createMockPlumaas = mockPlumaasWith(mswHandlers);

/**
 * Creates a stateful mock of the Plexos Pay API: `POST /webhooks` registers an endpoint and returns
 * its one-time `secret`, and the simulated payments send their events to it, signed with that secret
 * (`X-Plexos-Signature`, verifiable with `verifyWebhook({ scheme: 'plexos', secret })`).
 *
 * @example
 * import { createMockPlexos } from '@ummah/testing';
 *
 * const plexos = createMockPlexos();
 * const response = await plexos.fetch(`${plexos.baseURL}/webhooks`, {
 *   method: 'POST',
 *   headers: { authorization: `Bearer ${plexos.apiKey}`, 'content-type': 'application/json' },
 *   body: JSON.stringify({ url: 'https://myapp.com/webhooks/plexos', events: ['payment.debited'] }),
 * });
 * const { secret } = await response.json();
 * const payment = await plexos.simulate.createPayment();
 * await plexos.simulate.debit(payment.id); // payment.debited, signed with `secret`
 */
export const createMockPlexos = mockPlexosWith(mswHandlers);

/**
 * Creates a stateful mock of the Plugipay API (customers, checkout sessions, refunds) with signed
 * webhooks (`X-Plugipay-Signature`, verifiable with `verifyWebhook({ scheme: 'plugipay', secret })`).
 *
 * @example
 * import { createMockPlugipay } from '@ummah/testing';
 *
 * const plugipay = createMockPlugipay({ webhookUrl: 'https://shop.test/webhooks/plugipay' });
 * const response = await plugipay.fetch(`${plugipay.baseURL}/checkout_sessions`, {
 *   method: 'POST',
 *   headers: { authorization: `Bearer ${plugipay.apiKey}`, 'content-type': 'application/json' },
 *   body: JSON.stringify({ amount: 250000, currency: 'IDR', successUrl: 'https://shop.test/ok', cancelUrl: 'https://shop.test/back' }),
 * });
 * const session = await response.json(); // status 'open'
 * await plugipay.simulate.complete(session.id); // payment.succeeded, checkout_session.completed
 */
export const createMockPlugipay = mockPlugipayWith(mswHandlers);

/**
 * Creates a stateful mock of the PebblePay API (orders, refunds, coupons) with signed webhooks
 * (`X-Webhook-Signature`, verifiable with `verifyWebhook({ scheme: 'pebblepay', secret })`). Keys go
 * in `Authorization: Bearer` or `X-Api-Key`; lists page with `limit` and `offset`.
 *
 * @example
 * import { createMockPebblePay } from '@ummah/testing';
 *
 * const pebble = createMockPebblePay({ webhookUrl: 'https://shop.test/webhooks/pebblepay' });
 * const response = await pebble.fetch(`${pebble.baseURL}/orders`, {
 *   method: 'POST',
 *   headers: { 'x-api-key': pebble.apiKey, 'content-type': 'application/json' },
 *   body: JSON.stringify({ amount: 29.99, product_name: 'Premium License' }),
 * });
 * const order = await response.json(); // { checkout_url, transaction_id, order_id, status: 'pending', … }
 * await pebble.simulate.complete(order.transaction_id); // payment.completed
 */
export const createMockPebblePay = mockPebblePayWith(mswHandlers);
