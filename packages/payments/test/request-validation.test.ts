import { InvalidRequestError, isInvalidRequestError, isUmmahError } from '@ummah/core';
import { referenceResponses as fx, type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isRequestValidationError, RequestValidationError, Ummah } from '../src/index.js';

/** A call the SDK must refuse, and the field (with a message pattern) it must name. */
interface InvalidCall {
  name: string;
  call: (ummah: Ummah) => PromiseLike<unknown>;
  path: string;
  message: RegExp;
}

const brand_id = '409eb80e-3782-4b1d-afa8-b779759266a5';
const validPurchase = {
  brand_id,
  client: { email: 'customer@example.com' },
  purchase: { products: [{ name: 'T-Shirt', price: 2999, quantity: 1 }], currency: 'USD' },
};
const withPurchase = (purchase: object) => ({
  ...validPurchase,
  purchase: { ...validPurchase.purchase, ...purchase },
});

// Invalid inputs are typed `never` on purpose: these are the mistakes a JavaScript caller, or a
// TypeScript caller passing data from elsewhere, can still make.
const invalidCalls: InvalidCall[] = [
  {
    name: 'a purchase without brand_id',
    call: (u) => u.purchases.create({ ...validPurchase, brand_id: undefined } as never),
    path: 'brand_id',
    message: /^Required$/,
  },
  {
    name: 'a purchase without the client email',
    call: (u) => u.purchases.create({ ...validPurchase, client: {} } as never),
    path: 'client.email',
    message: /^Required$/,
  },
  {
    name: 'a malformed client email',
    call: (u) => u.purchases.create({ ...validPurchase, client: { email: 'customer@' } } as never),
    path: 'client.email',
    message: /valid email/,
  },
  {
    name: 'a price given as a decimal amount',
    call: (u) => u.purchases.create(withPurchase({ products: [{ name: 'T-Shirt', price: 29.99 }] }) as never),
    path: 'purchase.products.0.price',
    message: /integer in the smallest currency unit/,
  },
  {
    name: 'a negative price',
    call: (u) => u.purchases.create(withPurchase({ products: [{ name: 'T-Shirt', price: -1 }] }) as never),
    path: 'purchase.products.0.price',
    message: /at least 0/,
  },
  {
    name: 'a price given as a string',
    call: (u) =>
      u.purchases.create(withPurchase({ products: [{ name: 'T-Shirt', price: '29.99' }] }) as never),
    path: 'purchase.products.0.price',
    message: /integer.*received "29\.99": write 2999$/,
  },
  {
    name: "the reference's flat one-click recipe, with the nested equivalent of each key",
    call: (u) =>
      u.purchases.create({
        amount: '79.99',
        currency: 'USD',
        name: 'Order #1002',
        recurring_token: 'tok-a1b2c3d4-e5f6-7890',
      } as never),
    path: 'amount',
    message: /amount '79\.99' → purchase\.products\[0\]\.price 7999 /,
  },
  {
    name: 'a saved-card token on purchases.create, pointing at purchases.charge',
    call: (u) => u.purchases.create({ ...validPurchase, recurring_token: 'tok-1' } as never),
    path: 'recurring_token',
    message: /ummah\.purchases\.charge\(purchase\.id, \{ recurring_token \}\)/,
  },
  {
    name: 'a whole-number string amount, which names both readings instead of guessing one',
    call: (u) => u.purchases.capture('pur_1', { amount: '1350' } as never),
    path: 'amount',
    message: /received "1350": write 1350, or 135000 if you meant 1350\.00$/,
  },
  {
    name: "the pre-auth recipe's decimal-string capture amount",
    call: (u) => u.purchases.capture('pur_1', { amount: '135.00' } as never),
    path: 'amount',
    message: /received "135\.00": write 13500$/,
  },
  {
    name: 'a subscription plan without its billing period',
    call: (u) =>
      u.subscriptions.createPlan({
        brand_id,
        purchase: { products: [{ name: 'Plan', price: 999 }], currency: 'USD' },
      } as never),
    path: 'subscription_period',
    message: /Required for a subscription/,
  },
  {
    name: 'a subscription billing template without the period unit',
    call: (u) =>
      u.billingTemplates.create({
        brand_id,
        is_subscription: true,
        purchase: { products: [{ name: 'Plan', price: 999 }], currency: 'USD' },
        subscription_period: 1,
      }),
    path: 'subscription_period_units',
    message: /'days', 'weeks', 'months' or 'years'/,
  },
  {
    name: 'a plan that says it is not a subscription',
    call: (u) =>
      u.subscriptions.createPlan({
        brand_id,
        is_subscription: false,
        purchase: { products: [{ name: 'Plan', price: 999 }], currency: 'USD' },
        subscription_period: 1,
        subscription_period_units: 'months',
      } as never),
    path: 'is_subscription',
    message: /billingTemplates\.create/,
  },
  {
    name: 'a lower-case currency',
    call: (u) => u.purchases.create(withPurchase({ currency: 'usd' }) as never),
    path: 'purchase.currency',
    message: /3-letter ISO 4217/,
  },
  {
    name: 'a 4-letter currency',
    call: (u) => u.purchases.create(withPurchase({ currency: 'USDT' }) as never),
    path: 'purchase.currency',
    message: /3-letter ISO 4217/,
  },
  {
    name: 'an empty product list',
    call: (u) => u.purchases.create(withPurchase({ products: [] }) as never),
    path: 'purchase.products',
    message: /at least one item/,
  },
  {
    name: 'a misspelt capture parameter',
    call: (u) => u.purchases.capture('pur_1', { amout: 2999 } as never),
    path: 'amout',
    message: /Unknown parameter/,
  },
  {
    name: 'a decimal capture amount',
    call: (u) => u.purchases.capture('pur_1', { amount: 135.5 } as never),
    path: 'amount',
    message: /integer/,
  },
  {
    name: 'a negative refund amount',
    call: (u) => u.purchases.refund('pur_1', { amount: -100 } as never),
    path: 'amount',
    message: /at least 0/,
  },
  {
    name: 'a charge without a recurring token',
    call: (u) => u.purchases.charge('pur_1', {} as never),
    path: 'recurring_token',
    message: /^Required$/,
  },
  {
    name: 'a charge with no body at all',
    call: (u) => u.purchases.charge('pur_1', undefined as never),
    path: '',
    message: /Required/,
  },
  {
    name: 'an empty purchase id',
    call: (u) => u.purchases.retrieve(''),
    path: 'id',
    message: /non-empty/,
  },
  {
    name: 'a numeric client id from JavaScript',
    call: (u) => u.clients.retrieve(42 as never),
    path: 'id',
    message: /id string, received a number/,
  },
  {
    name: 'a purchase id that climbs out of its path',
    call: (u) => u.purchases.capture('..', { amount: 1 }),
    path: 'id',
    message: /not an id/,
  },
  {
    name: 'a client id containing a slash',
    call: (u) => u.billingTemplates.subscribers.retrieve('bt_1', 'cli/../../webhooks'),
    path: 'client_id',
    message: /may not contain/,
  },
  {
    name: 'an unknown subscription period unit',
    call: (u) =>
      u.billingTemplates.create({
        brand_id,
        is_subscription: true,
        purchase: { products: [{ name: 'Plan', price: 999 }], currency: 'USD' },
        subscription_period: 1,
        subscription_period_units: 'fortnights',
      } as never),
    path: 'subscription_period_units',
    message: /one of: "days", "weeks", "months", "years"/,
  },
  {
    name: 'an unknown subscriber status',
    call: (u) => u.billingTemplates.subscribers.update('bt_1', 'cli_1', { status: 'paused' } as never),
    path: 'status',
    message: /one of/,
  },
  {
    name: 'an invoice recipient without client_id',
    call: (u) =>
      u.billing.sendInvoice({
        brand_id,
        clients: [{}],
        purchase: { products: [{ name: 'Consulting', price: 50000 }] },
      } as never),
    path: 'clients.0.client_id',
    message: /^Required$/,
  },
  {
    name: 'a client without email',
    call: (u) => u.clients.create({ full_name: 'John Doe' } as never),
    path: 'email',
    message: /^Required$/,
  },
  {
    name: 'a lower-case client country',
    call: (u) => u.clients.update('cli_1', { country: 'us' } as never),
    path: 'country',
    message: /2-letter ISO 3166/,
  },
  {
    name: 'a statement in an unsupported format',
    call: (u) => u.statements.create({ format: 'pdf' } as never),
    path: 'format',
    message: /one of: "csv", "xlsx"/,
  },
  {
    name: 'a webhook whose callback is not a URL',
    call: (u) => u.webhooks.create({ callback: 'mysite.com/webhook' } as never),
    path: 'callback',
    message: /valid URL/,
  },
  {
    name: 'a webhook subscribed to an unknown event',
    call: (u) =>
      u.webhooks.create({ callback: 'https://mysite.com/webhook', events: ['purchase.teleported'] } as never),
    path: 'events.0',
    message: /one of/,
  },
  {
    name: 'payment methods without currency',
    call: (u) => u.paymentMethods.list({ brand_id } as never),
    path: 'currency',
    message: /^Required$/,
  },
  {
    name: 'payout methods with a decimal amount',
    call: (u) => u.payoutMethods.list({ brand_id, currency: 'USD', amount: 10.5 } as never),
    path: 'amount',
    message: /integer/,
  },
  {
    name: 'deliveries for an unknown source type',
    call: (u) => u.webhooks.deliveries({ id: 'pur_1', source_type: 'order' } as never),
    path: 'source_type',
    message: /one of/,
  },
];

describe('request validation', () => {
  let gateway: RecordingServer;
  let ummah: Ummah;

  beforeAll(async () => {
    gateway = await startRecordingServer({ basePath: '/api/v1', handler: () => ({ body: fx.purchase }) });
    ummah = new Ummah('sk_test_validation', { baseURL: gateway.baseURL, maxRetries: 0 });
  });
  beforeEach(() => {
    gateway.requests.length = 0;
  });
  afterAll(() => gateway.close());

  it.each(invalidCalls)('refuses $name at `$path` and sends nothing', async ({ call, path, message }) => {
    const error = await Promise.resolve(call(ummah)).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toBeInstanceOf(InvalidRequestError);
    const refused = error as RequestValidationError;
    expect(refused.code).toBe('invalid_request');
    const issue = refused.issues.find((candidate) => candidate.path === path);
    expect(issue, `issues: ${JSON.stringify(refused.issues)}`).toBeDefined();
    expect(issue?.message).toMatch(message);
    expect(refused.message).toContain(path === '' ? '(input)' : path);
    expect(gateway.requests).toHaveLength(0);
  });

  it('lists every offending field of a call in one error', async () => {
    const error = (await ummah.purchases
      .create({
        brand_id: '',
        client: { email: 'nope' },
        purchase: { products: [{ name: 'T-Shirt', price: 29.99 }], currency: 'usd' },
      } as never)
      .catch((reason: unknown) => reason)) as RequestValidationError;
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'brand_id',
      'client.email',
      'purchase.products.0.price',
      'purchase.currency',
    ]);
    expect(error.operation).toBe('purchases.create');
    expect(gateway.requests).toHaveLength(0);
  });

  it('is recognised by the type guards of core and of this package', async () => {
    const error = await ummah.clients.create({} as never).catch((reason: unknown) => reason);
    expect(isRequestValidationError(error)).toBe(true);
    expect(isInvalidRequestError(error)).toBe(true);
    expect(isUmmahError(error)).toBe(true);
  });

  it('returns a rejected promise instead of throwing synchronously', () => {
    const promise = ummah.clients.create({} as never);
    expect(promise).toBeInstanceOf(Promise);
    return expect(promise).rejects.toBeInstanceOf(RequestValidationError);
  });

  it('refuses invalid list input before the first page is requested, also when iterated', async () => {
    const iterate = async () => {
      for await (const _delivery of ummah.webhooks.deliveries({ id: '', source_type: 'purchase' })) {
        // unreachable: the first page is never requested
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(RequestValidationError);
    expect(gateway.requests).toHaveLength(0);
  });

  it('sends the input unchanged when validateRequests is false, for fields newer than this SDK', async () => {
    const lenient = new Ummah('sk_test_validation', {
      baseURL: gateway.baseURL,
      maxRetries: 0,
      validateRequests: false,
    });
    const body = { ...validPurchase, purchase: { ...validPurchase.purchase, currency: 'usd' }, new_field: 1 };
    await lenient.purchases.create(body as never);
    expect(gateway.requests).toHaveLength(1);
    expect(gateway.requests[0]?.body).toEqual(body);
  });

  it('still refuses unsafe ids when validateRequests is false, since they would address another resource', async () => {
    const lenient = new Ummah('sk_test_validation', { baseURL: gateway.baseURL, validateRequests: false });
    await expect(lenient.purchases.retrieve('../webhooks')).rejects.toBeInstanceOf(InvalidRequestError);
    expect(gateway.requests).toHaveLength(0);
  });

  it('sends exactly the object the merchant passed, not a re-serialised validator output', async () => {
    await ummah.purchases.create(validPurchase);
    expect(gateway.requests[0]?.rawBody).toBe(JSON.stringify(validPurchase));
  });
});
