// Responses exactly as the gateway reference documents them (002, "Core Object Shapes" and each
// endpoint's example), transcribed once: the schema tests hold openapi.yaml to them and the SDK is
// tested against them, so both check against what merchants will actually receive.

/** The public key as the reference prints it (shortened there, so not a usable key). */
export const PEM =
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\n-----END PUBLIC KEY-----';

export const purchase = {
  id: 'd6c9e9e0-1b5a-4c6e-8b3a-0f1a2b3c4d5e',
  status: 'created',
  checkout_url: 'https://pay.ummah.com/checkout/d6c9...',
  invoice_url: 'https://pay.ummah.com/invoice/d6c9...',
  client: { email: 'customer@example.com', full_name: 'John Doe' },
  purchase: { total_amount: 2999, currency: 'USD' },
  created_on: 1700000000,
};

export const paidPurchase = {
  id: 'd6c9e9e0-1b5a-4c6e-8b3a-0f1a2b3c4d5e',
  status: 'paid',
  checkout_url: 'https://pay.ummah.com/checkout/d6c9...',
  purchase: { total_amount: 2999, currency: 'USD' },
  payment: { method: 'card', is_recurring_token: false },
  created_on: 1700000000,
};

export const refundPayment = {
  id: 'pay-r1b2c3d4-e5f6-7890-abcd-ef1234567890',
  status: 'refunded',
  amount: 1500,
  currency: 'USD',
  purchase: 'd6c9e9e0-1b5a-4c6e-8b3a-0f1a2b3c4d5e',
  method: 'card',
  created_on: 1700000000,
};

export const paymentMethods = {
  available_payment_methods: ['visa', 'mastercard'],
  by_country: { any: ['card'] },
  country_names: { any: 'Other' },
  names: { visa: 'Visa', mastercard: 'Mastercard' },
  logos: { visa: '/static/images/icon-visa.svg', mastercard: '/static/images/icon-mastercard.svg' },
  card_methods: ['visa', 'mastercard'],
};

export const payoutMethods = {
  available_payout_methods: ['visa', 'mastercard'],
  names: { visa: 'Visa', mastercard: 'Mastercard' },
  logos: { visa: '/static/images/icon-visa.svg', mastercard: '/static/images/icon-mastercard.svg' },
  card_methods: ['visa', 'mastercard'],
};

export const billingTemplate = {
  id: 'bt-a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  is_subscription: true,
  purchase: { currency: 'USD', total_amount: 999 },
  subscription_period: 1,
  subscription_period_units: 'months',
  brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
  created_on: 1700000000,
};

export const subscribeResult = {
  billing_template_client: {
    id: 'btc-a1b2c3d4-e5f6-7890',
    client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18',
    status: 'pending',
    created_on: 1700000000,
  },
  purchase: null,
};

export const subscriber = {
  id: 'btc-a1b2c3d4-e5f6-7890',
  client: { email: 'subscriber@example.com' },
  is_subscription: true,
  status: 'active',
  next_billing_on: 1703000000,
  created_on: 1700000000,
};

export const client = {
  id: 'c1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6',
  email: 'client@example.com',
  full_name: 'John Doe',
  phone: '+1234567890',
  country: 'US',
  type: 'personal',
  created_on: 1700000000,
};

export const recurringToken = {
  id: 'tok-a1b2c3d4-e5f6-7890',
  payment_method: 'card',
  description: 'Visa **** 4242',
  created_on: 1700000000,
};

export const balance = {
  balance: [
    { currency: 'USD', amount: 125000 },
    { currency: 'EUR', amount: 87500 },
  ],
};

export const turnover = {
  turnover: [
    { currency: 'USD', paid_amount: 1250000, period: '2024-01' },
    { currency: 'USD', paid_amount: 980000, period: '2024-02' },
  ],
};

export const statement = {
  id: 'stmt-a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  type: 'company',
  format: 'csv',
  status: 'processing',
  download_url: null,
  timezone: 'UTC',
  created_on: 1700000000,
};

export const webhook = {
  id: 'wh-a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  title: 'My Webhook',
  callback: 'https://mysite.com/webhook',
  events: ['purchase.paid', 'purchase.payment_failure'],
  all_events: false,
  public_key: PEM,
  created_on: 1700000000,
};

export const delivery = {
  id: 'wh-delivery-a1b2',
  event: 'purchase.paid',
  status: 'delivered',
  response_code: 200,
  sent_at: 1700001234,
  payload: { event: 'purchase.paid', object: { id: 'd6c9...' } },
};

/** The gateway's list envelope around one page of items. */
export function page<T>(results: T[], next: string | null = null, previous: string | null = null) {
  return { results, next, previous };
}
