import { json } from '../http/mock-result';
import { type ApiRoute, type Ctx, requireQuery } from './route-helpers';

const NAMES = { visa: 'Visa', mastercard: 'Mastercard', fpx: 'FPX Online Banking' } as const;
const LOGOS = {
  visa: '/static/images/icon-visa.svg',
  mastercard: '/static/images/icon-mastercard.svg',
  fpx: '/static/images/icon-fpx.svg',
} as const;

function paymentMethods(context: Ctx) {
  const [, currency] = requireQuery(context, 'brand_id', 'currency');
  // Online banking only exists for ringgit on the platform; cards everywhere.
  const methods = currency === 'MYR' ? ['visa', 'mastercard', 'fpx'] : ['visa', 'mastercard'];
  return json({
    available_payment_methods: methods,
    by_country: { any: currency === 'MYR' ? ['card', 'fpx'] : ['card'] },
    country_names: { any: 'Other' },
    names: Object.fromEntries(methods.map((method) => [method, NAMES[method as keyof typeof NAMES]])),
    logos: Object.fromEntries(methods.map((method) => [method, LOGOS[method as keyof typeof LOGOS]])),
    card_methods: ['visa', 'mastercard'],
  });
}

function payoutMethods(context: Ctx) {
  requireQuery(context, 'brand_id', 'currency');
  return json({
    available_payout_methods: ['visa', 'mastercard'],
    names: { visa: NAMES.visa, mastercard: NAMES.mastercard },
    logos: { visa: LOGOS.visa, mastercard: LOGOS.mastercard },
    card_methods: ['visa', 'mastercard'],
  });
}

/** `GET /payment_methods/` and `GET /payout_methods/` (both require `brand_id` and `currency`). */
export const methodRoutes: ApiRoute[] = [
  { method: 'GET', path: '/payment_methods/', operationId: 'paymentMethods.list', handler: paymentMethods },
  { method: 'GET', path: '/payout_methods/', operationId: 'payoutMethods.list', handler: payoutMethods },
];
