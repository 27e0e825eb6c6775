import { referenceResponses as fx } from '@ummah/test-support';
import type { Ummah } from '../../src/index.js';
import type { OperationId } from '../../src/internal/operation-caller.js';

/** One SDK method, the exact request it must send, and the documented answer it gets. */
export interface MethodCase {
  operation: OperationId;
  /** Calls the method and returns what a merchant would use (the page's items for lists). */
  call: (ummah: Ummah) => Promise<unknown>;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below `/api/v1`, trailing slash included. */
  path: string;
  query?: Record<string, string>;
  /** JSON body expected on the wire; `undefined` means no body at all. */
  body?: unknown;
  status?: number;
  response?: unknown;
  /** What the call resolves to; defaults to `response`. */
  expected?: unknown;
}

const P = 'pur_1';
const T = 'bt_1';
const C = 'cli_1';
const K = 'tok_1';
const S = 'stmt_1';
const W = 'wh_1';

const productsBody = { products: [{ name: 'T-Shirt', price: 2999, quantity: 1 }], currency: 'USD' };
const items = async <T>(promise: PromiseLike<{ results: T[] }>): Promise<T[]> => (await promise).results;

export const methodCases: MethodCase[] = [
  {
    operation: 'purchases.create',
    call: (u) =>
      u.purchases.create({
        brand_id: 'brand_1',
        client: { email: 'customer@example.com' },
        purchase: productsBody,
      }),
    method: 'POST',
    path: '/purchases/',
    body: { brand_id: 'brand_1', client: { email: 'customer@example.com' }, purchase: productsBody },
    status: 201,
    response: fx.purchase,
  },
  {
    operation: 'purchases.retrieve',
    call: (u) => u.purchases.retrieve(P),
    method: 'GET',
    path: `/purchases/${P}/`,
    response: fx.paidPurchase,
  },
  {
    operation: 'purchases.cancel',
    call: (u) => u.purchases.cancel(P),
    method: 'POST',
    path: `/purchases/${P}/cancel/`,
    response: { status: 'cancelled' },
  },
  {
    operation: 'purchases.release',
    call: (u) => u.purchases.release(P),
    method: 'POST',
    path: `/purchases/${P}/release/`,
    response: { status: 'released' },
  },
  {
    operation: 'purchases.capture',
    call: (u) => u.purchases.capture(P, { amount: 2999 }),
    method: 'POST',
    path: `/purchases/${P}/capture/`,
    body: { amount: 2999 },
    response: fx.paidPurchase,
  },
  {
    operation: 'purchases.refund',
    call: (u) => u.purchases.refund(P, { amount: 1500, reference: 'REFUND-2024-001' }),
    method: 'POST',
    path: `/purchases/${P}/refund/`,
    body: { amount: 1500, reference: 'REFUND-2024-001' },
    response: fx.refundPayment,
  },
  {
    operation: 'purchases.markAsPaid',
    call: (u) => u.purchases.markAsPaid(P, { paid_on: 1700000000 }),
    method: 'POST',
    path: `/purchases/${P}/mark_as_paid/`,
    body: { paid_on: 1700000000 },
    response: fx.paidPurchase,
  },
  {
    operation: 'purchases.resendInvoice',
    call: (u) => u.purchases.resendInvoice(P),
    method: 'POST',
    path: `/purchases/${P}/resend_invoice/`,
    response: { status: 'sent' },
  },
  {
    operation: 'purchases.deleteRecurringToken',
    call: (u) => u.purchases.deleteRecurringToken(P),
    method: 'POST',
    path: `/purchases/${P}/delete_recurring_token/`,
    response: { status: 'deleted' },
  },
  {
    operation: 'purchases.charge',
    call: (u) => u.purchases.charge(P, { recurring_token: 'pur_saved' }),
    method: 'POST',
    path: `/purchases/${P}/charge/`,
    body: { recurring_token: 'pur_saved' },
    response: fx.paidPurchase,
  },
  {
    operation: 'paymentMethods.list',
    call: (u) => u.paymentMethods.list({ brand_id: 'brand_1', currency: 'USD', recurring: true }),
    method: 'GET',
    path: '/payment_methods/',
    query: { brand_id: 'brand_1', currency: 'USD', recurring: 'true' },
    response: fx.paymentMethods,
  },
  {
    operation: 'payoutMethods.list',
    call: (u) => u.payoutMethods.list({ brand_id: 'brand_1', currency: 'USD' }),
    method: 'GET',
    path: '/payout_methods/',
    query: { brand_id: 'brand_1', currency: 'USD' },
    response: fx.payoutMethods,
  },
  {
    operation: 'billingTemplates.create',
    call: (u) =>
      u.billingTemplates.create({
        brand_id: 'brand_1',
        is_subscription: true,
        purchase: { products: [{ name: 'Monthly Plan', price: 999 }], currency: 'USD' },
        subscription_period: 1,
        subscription_period_units: 'months',
      }),
    method: 'POST',
    path: '/billing_templates/',
    body: {
      brand_id: 'brand_1',
      is_subscription: true,
      purchase: { products: [{ name: 'Monthly Plan', price: 999 }], currency: 'USD' },
      subscription_period: 1,
      subscription_period_units: 'months',
    },
    status: 201,
    response: fx.billingTemplate,
  },
  {
    operation: 'billingTemplates.list',
    call: (u) => items(u.billingTemplates.list()),
    method: 'GET',
    path: '/billing_templates/',
    response: fx.page([fx.billingTemplate]),
    expected: [fx.billingTemplate],
  },
  {
    operation: 'billingTemplates.retrieve',
    call: (u) => u.billingTemplates.retrieve(T),
    method: 'GET',
    path: `/billing_templates/${T}/`,
    response: fx.billingTemplate,
  },
  {
    operation: 'billingTemplates.replace',
    call: (u) =>
      u.billingTemplates.replace(T, {
        purchase: { products: [{ name: 'Updated Plan', price: 1299 }], currency: 'USD' },
        is_subscription: true,
      }),
    method: 'PUT',
    path: `/billing_templates/${T}/`,
    body: {
      purchase: { products: [{ name: 'Updated Plan', price: 1299 }], currency: 'USD' },
      is_subscription: true,
    },
    response: fx.billingTemplate,
  },
  {
    operation: 'billingTemplates.delete',
    call: (u) => u.billingTemplates.delete(T),
    method: 'DELETE',
    path: `/billing_templates/${T}/`,
    status: 204,
    expected: undefined,
  },
  {
    operation: 'billingTemplates.subscribe',
    call: (u) => u.billingTemplates.subscribe(T, { client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18' }),
    method: 'POST',
    path: `/billing_templates/${T}/add_subscriber/`,
    body: { client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18' },
    status: 201,
    response: fx.subscribeResult,
  },
  {
    operation: 'billingTemplates.sendInvoice',
    call: (u) => u.billingTemplates.sendInvoice(T, { client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18' }),
    method: 'POST',
    path: `/billing_templates/${T}/send_invoice/`,
    body: { client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18' },
    status: 201,
    response: fx.purchase,
  },
  {
    operation: 'billingTemplates.subscribers.list',
    call: (u) => items(u.billingTemplates.subscribers.list(T)),
    method: 'GET',
    path: `/billing_templates/${T}/clients/`,
    response: fx.page([fx.subscriber]),
    expected: [fx.subscriber],
  },
  {
    operation: 'billingTemplates.subscribers.retrieve',
    call: (u) => u.billingTemplates.subscribers.retrieve(T, C),
    method: 'GET',
    path: `/billing_templates/${T}/clients/${C}/`,
    response: fx.subscriber,
  },
  {
    operation: 'billingTemplates.subscribers.update',
    call: (u) => u.billingTemplates.subscribers.update(T, C, { status: 'subscription_paused' }),
    method: 'PATCH',
    path: `/billing_templates/${T}/clients/${C}/`,
    body: { status: 'subscription_paused' },
    response: { ...fx.subscriber, status: 'subscription_paused' },
  },
  {
    operation: 'billing.sendInvoice',
    call: (u) =>
      u.billing.sendInvoice({
        brand_id: 'brand_1',
        clients: [{ client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18' }],
        purchase: { products: [{ name: 'Consulting', price: 50000 }], currency: 'USD' },
      }),
    method: 'POST',
    path: '/billing/',
    body: {
      brand_id: 'brand_1',
      clients: [{ client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18' }],
      purchase: { products: [{ name: 'Consulting', price: 50000 }], currency: 'USD' },
    },
    status: 201,
    response: [fx.purchase],
  },
  {
    operation: 'clients.create',
    call: (u) =>
      u.clients.create({
        email: 'client@example.com',
        full_name: 'John Doe',
        phone: '+1234567890',
        country: 'US',
      }),
    method: 'POST',
    path: '/clients/',
    body: { email: 'client@example.com', full_name: 'John Doe', phone: '+1234567890', country: 'US' },
    status: 201,
    response: fx.client,
  },
  {
    operation: 'clients.list',
    call: (u) => items(u.clients.list()),
    method: 'GET',
    path: '/clients/',
    response: fx.page([fx.client]),
    expected: [fx.client],
  },
  {
    operation: 'clients.retrieve',
    call: (u) => u.clients.retrieve(C),
    method: 'GET',
    path: `/clients/${C}/`,
    response: fx.client,
  },
  {
    operation: 'clients.replace',
    call: (u) => u.clients.replace(C, { email: 'updated@example.com', full_name: 'Jane Doe', country: 'GB' }),
    method: 'PUT',
    path: `/clients/${C}/`,
    body: { email: 'updated@example.com', full_name: 'Jane Doe', country: 'GB' },
    response: fx.client,
  },
  {
    operation: 'clients.update',
    call: (u) => u.clients.update(C, { full_name: 'Updated Name' }),
    method: 'PATCH',
    path: `/clients/${C}/`,
    body: { full_name: 'Updated Name' },
    response: fx.client,
  },
  {
    operation: 'clients.delete',
    call: (u) => u.clients.delete(C),
    method: 'DELETE',
    path: `/clients/${C}/`,
    status: 204,
    expected: undefined,
  },
  {
    operation: 'clients.recurringTokens.list',
    call: (u) => items(u.clients.recurringTokens.list(C)),
    method: 'GET',
    path: `/clients/${C}/recurring_tokens/`,
    response: fx.page([fx.recurringToken]),
    expected: [fx.recurringToken],
  },
  {
    operation: 'clients.recurringTokens.retrieve',
    call: (u) => u.clients.recurringTokens.retrieve(C, K),
    method: 'GET',
    path: `/clients/${C}/recurring_tokens/${K}/`,
    response: fx.recurringToken,
  },
  {
    operation: 'clients.recurringTokens.delete',
    call: (u) => u.clients.recurringTokens.delete(C, K),
    method: 'DELETE',
    path: `/clients/${C}/recurring_tokens/${K}/`,
    status: 204,
    expected: undefined,
  },
  {
    operation: 'balance.retrieve',
    call: (u) => u.balance.retrieve(),
    method: 'GET',
    path: '/balance/',
    response: fx.balance,
  },
  {
    operation: 'account.balance',
    call: (u) => u.account.balance(),
    method: 'GET',
    path: '/account/json/balance/',
    response: fx.balance,
  },
  {
    operation: 'account.turnover',
    call: (u) => u.account.turnover(),
    method: 'GET',
    path: '/account/json/turnover/',
    response: fx.turnover,
  },
  {
    operation: 'statements.create',
    call: (u) => u.statements.create({ format: 'csv', timezone: 'UTC' }),
    method: 'POST',
    path: '/company_statements/',
    body: { format: 'csv', timezone: 'UTC' },
    status: 201,
    response: fx.statement,
  },
  {
    operation: 'statements.list',
    call: (u) => items(u.statements.list()),
    method: 'GET',
    path: '/company_statements/',
    response: fx.page([fx.statement]),
    expected: [fx.statement],
  },
  {
    operation: 'statements.retrieve',
    call: (u) => u.statements.retrieve(S),
    method: 'GET',
    path: `/company_statements/${S}/`,
    response: { ...fx.statement, download_url: 'https://storage.ummah.com/stmt/1.csv' },
  },
  {
    operation: 'statements.cancel',
    call: (u) => u.statements.cancel(S),
    method: 'POST',
    path: `/company_statements/${S}/cancel/`,
    response: { status: 'cancelled' },
  },
  {
    operation: 'webhooks.create',
    call: (u) =>
      u.webhooks.create({
        callback: 'https://mysite.com/webhook',
        title: 'Order Notifications',
        events: ['purchase.paid', 'purchase.payment_failure'],
      }),
    method: 'POST',
    path: '/webhooks/',
    body: {
      callback: 'https://mysite.com/webhook',
      title: 'Order Notifications',
      events: ['purchase.paid', 'purchase.payment_failure'],
    },
    status: 201,
    response: fx.webhook,
  },
  {
    operation: 'webhooks.list',
    call: (u) => items(u.webhooks.list()),
    method: 'GET',
    path: '/webhooks/',
    response: fx.page([fx.webhook]),
    expected: [fx.webhook],
  },
  {
    operation: 'webhooks.retrieve',
    call: (u) => u.webhooks.retrieve(W),
    method: 'GET',
    path: `/webhooks/${W}/`,
    response: fx.webhook,
  },
  {
    operation: 'webhooks.replace',
    call: (u) =>
      u.webhooks.replace(W, {
        callback: 'https://mysite.com/new-webhook',
        title: 'Updated Webhook',
        all_events: true,
      }),
    method: 'PUT',
    path: `/webhooks/${W}/`,
    body: { callback: 'https://mysite.com/new-webhook', title: 'Updated Webhook', all_events: true },
    response: fx.webhook,
  },
  {
    operation: 'webhooks.update',
    call: (u) => u.webhooks.update(W, { title: 'Renamed Webhook' }),
    method: 'PATCH',
    path: `/webhooks/${W}/`,
    body: { title: 'Renamed Webhook' },
    response: fx.webhook,
  },
  {
    operation: 'webhooks.delete',
    call: (u) => u.webhooks.delete(W),
    method: 'DELETE',
    path: `/webhooks/${W}/`,
    status: 204,
    expected: undefined,
  },
  {
    operation: 'webhooks.deliveries',
    call: (u) => items(u.webhooks.deliveries({ id: P, source_type: 'purchase' })),
    method: 'GET',
    path: '/webhooks/deliveries/',
    query: { id: P, source_type: 'purchase' },
    response: fx.page([fx.delivery]),
    expected: [fx.delivery],
  },
  {
    operation: 'publicKey.retrieve',
    call: (u) => u.publicKey.retrieve(),
    method: 'GET',
    path: '/public_key/',
    response: fx.PEM,
    expected: fx.PEM,
  },
];
