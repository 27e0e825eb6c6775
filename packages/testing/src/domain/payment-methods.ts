import type { PaymentMethods, PayoutMethods } from '@ummah/schema/ummah/types';

const NAMES = { visa: 'Visa', mastercard: 'Mastercard', fpx: 'FPX Online Banking' } as const;
const LOGOS = {
  visa: '/static/images/icon-visa.svg',
  mastercard: '/static/images/icon-mastercard.svg',
  fpx: '/static/images/icon-fpx.svg',
} as const;

type MethodCode = keyof typeof NAMES;

function describe(methods: readonly MethodCode[]) {
  return {
    names: Object.fromEntries(methods.map((method) => [method, NAMES[method]])),
    logos: Object.fromEntries(methods.map((method) => [method, LOGOS[method]])),
    card_methods: ['visa', 'mastercard'],
  };
}

/** The methods a customer may pay with in `currency`: cards everywhere, online banking for ringgit. */
export function paymentMethods(currency: string): PaymentMethods {
  const methods: MethodCode[] = currency === 'MYR' ? ['visa', 'mastercard', 'fpx'] : ['visa', 'mastercard'];
  return {
    available_payment_methods: methods,
    by_country: { any: currency === 'MYR' ? ['card', 'fpx'] : ['card'] },
    country_names: { any: 'Other' },
    ...describe(methods),
  };
}

/** The methods payouts can go to: cards. */
export function payoutMethods(): PayoutMethods {
  const methods: MethodCode[] = ['visa', 'mastercard'];
  return { available_payout_methods: methods, ...describe(methods) };
}
