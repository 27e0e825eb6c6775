import { describe, expectTypeOf, it } from 'vitest';
import type * as T from '../src/index.js';
import Ummah, {
  type APIPromise,
  type BillingTemplate,
  type BillingTemplateClient,
  type BillingTemplateCreateParams,
  type Client,
  type ClientRecurringToken,
  type CompanyStatement,
  type Page,
  type PagePromise,
  type Payment,
  type Purchase,
  type PurchaseActionResult,
  type PurchaseCaptureParams,
  type PurchaseCreateParams,
  type RequestOptions,
  type SubscribeResult,
  type Webhook,
  type WebhookCreateParams,
  type WebhookDelivery,
  type WebhooksDeliveriesQuery,
  type WithUnknownFields,
} from '../src/index.js';

// These assertions are checked by `tsc` (`pnpm typecheck` covers test/); at run time they are
// no-ops. A wrong parameter or result type anywhere fails the typecheck step of CI. Methods are
// only referenced, never called, so nothing is sent.

const ummah = new Ummah('sk_test_types', { baseURL: 'http://127.0.0.1:9/api/v1' });
type ResultOf<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type ItemOf<T> = T extends AsyncIterable<infer I> ? I : never;

describe('types of parameters and results', () => {
  it('types purchases from the schema', () => {
    expectTypeOf(ummah.purchases.create).parameter(0).toEqualTypeOf<PurchaseCreateParams>();
    expectTypeOf(ummah.purchases.create).returns.toEqualTypeOf<APIPromise<Purchase>>();
    expectTypeOf(ummah.purchases.retrieve).parameters.toEqualTypeOf<[id: string, options?: RequestOptions]>();
    expectTypeOf(ummah.purchases.capture).parameter(1).toEqualTypeOf<PurchaseCaptureParams | undefined>();
    expectTypeOf(ummah.purchases.refund).returns.resolves.toEqualTypeOf<Payment>();
    expectTypeOf(ummah.purchases.cancel).returns.resolves.toEqualTypeOf<PurchaseActionResult>();
    expectTypeOf(ummah.purchases.charge).parameter(1).toEqualTypeOf<{ recurring_token: string }>();
  });

  it('resolves a purchase with the fields merchants read, and lets unknown ones through', () => {
    type Retrieved = ResultOf<Ummah['purchases']['retrieve']>;
    expectTypeOf<Retrieved['id']>().toEqualTypeOf<string>();
    // Fields every answer carries are required; the rest stay optional.
    expectTypeOf<Retrieved['checkout_url']>().toEqualTypeOf<string>();
    expectTypeOf<Retrieved['created_on']>().toEqualTypeOf<number>();
    expectTypeOf<Retrieved['invoice_url']>().toEqualTypeOf<string | null | undefined>();
    // Open enum: known values autocomplete, unknown ones still type-check.
    expectTypeOf<'paid'>().toExtend<Purchase['status']>();
    expectTypeOf<'a_status_from_next_year'>().toExtend<Purchase['status']>();
    // Undeclared fields are reached through WithUnknownFields; a misspelt field does not compile.
    expectTypeOf<WithUnknownFields<Retrieved>['some_field_the_platform_added']>().toEqualTypeOf<unknown>();
    // @ts-expect-error `statuss` is not a field of Purchase
    expectTypeOf<Retrieved['statuss']>().toEqualTypeOf<unknown>();
  });

  it('types list methods as awaitable pages and async iterables of items', () => {
    expectTypeOf(ummah.clients.list).returns.toEqualTypeOf<PagePromise<Client>>();
    expectTypeOf<ResultOf<Ummah['clients']['list']>>().toEqualTypeOf<Page<Client>>();
    expectTypeOf<ItemOf<ReturnType<Ummah['clients']['list']>>>().toEqualTypeOf<Client>();
    expectTypeOf(ummah.billingTemplates.list).returns.toEqualTypeOf<PagePromise<BillingTemplate>>();
    expectTypeOf(ummah.billingTemplates.subscribers.list).returns.toEqualTypeOf<
      PagePromise<BillingTemplateClient>
    >();
    expectTypeOf(ummah.clients.recurringTokens.list).returns.toEqualTypeOf<
      PagePromise<ClientRecurringToken>
    >();
    expectTypeOf(ummah.statements.list).returns.toEqualTypeOf<PagePromise<CompanyStatement>>();
    expectTypeOf(ummah.webhooks.list).returns.toEqualTypeOf<PagePromise<Webhook>>();
    expectTypeOf(ummah.webhooks.deliveries).parameter(0).toEqualTypeOf<WebhooksDeliveriesQuery>();
    expectTypeOf(ummah.webhooks.deliveries).returns.toEqualTypeOf<PagePromise<WebhookDelivery>>();
  });

  it('types billing templates, subscribers and webhooks', () => {
    expectTypeOf(ummah.billingTemplates.create).parameter(0).toEqualTypeOf<BillingTemplateCreateParams>();
    expectTypeOf(ummah.billingTemplates.subscribe).returns.resolves.toEqualTypeOf<SubscribeResult>();
    expectTypeOf(ummah.billingTemplates.subscribers.update)
      .parameter(2)
      .toHaveProperty('status')
      .toExtend<'active' | 'subscription_paused' | undefined>();
    expectTypeOf(ummah.webhooks.create).parameter(0).toEqualTypeOf<WebhookCreateParams>();
    expectTypeOf(ummah.webhooks.create).returns.resolves.toHaveProperty('public_key');
  });

  it('types deletes as resolving with nothing', () => {
    expectTypeOf(ummah.clients.delete).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(ummah.webhooks.delete).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(ummah.billingTemplates.delete).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(ummah.clients.recurringTokens.delete).returns.resolves.toEqualTypeOf<void>();
  });

  it('types the public key as PEM text and statements as streams', () => {
    expectTypeOf(ummah.publicKey.retrieve).returns.toEqualTypeOf<APIPromise<string>>();
    expectTypeOf(ummah.statements.createAndWait).returns.resolves.toEqualTypeOf<CompanyStatement>();
    expectTypeOf(ummah.statements.download).returns.resolves.toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf(ummah.statements.createAndWait)
      .parameter(1)
      .toEqualTypeOf<{ pollInterval?: number; timeout?: number; signal?: AbortSignal } | undefined>();
  });

  it('takes RequestOptions as the last argument of every method', () => {
    expectTypeOf(ummah.purchases.capture).parameter(2).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(ummah.billingTemplates.subscribers.update)
      .parameter(3)
      .toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(ummah.account.turnover).parameter(0).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(ummah.paymentMethods.list).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
  });

  it('refuses wrong input at compile time', () => {
    const refused = () => {
      // @ts-expect-error money is an integer, not a string
      void ummah.purchases.capture('pur_1', { amount: '29.99' });
      // @ts-expect-error brand_id is required
      void ummah.purchases.create({ client: { email: 'a@b.co' }, purchase: { products: [] } });
      // @ts-expect-error unknown parameter
      void ummah.purchases.refund('pur_1', { amout: 100 });
      // @ts-expect-error closed enum on requests
      void ummah.statements.create({ format: 'pdf' });
      // @ts-expect-error ids are strings
      void ummah.clients.retrieve(42);
      // @ts-expect-error there is no such method
      void ummah.purchases.void('pur_1');
    };
    expectTypeOf(refused).toBeFunction();
  });

  it('exposes each resource as the class exported under its own name', () => {
    expectTypeOf(ummah.purchases).toEqualTypeOf<T.PurchasesResource>();
    expectTypeOf(ummah.paymentMethods).toEqualTypeOf<T.PaymentMethodsResource>();
    expectTypeOf(ummah.payoutMethods).toEqualTypeOf<T.PayoutMethodsResource>();
    expectTypeOf(ummah.billingTemplates).toEqualTypeOf<T.BillingTemplatesResource>();
    expectTypeOf(ummah.billingTemplates.subscribers).toEqualTypeOf<T.BillingTemplateSubscribersResource>();
    expectTypeOf(ummah.billing).toEqualTypeOf<T.BillingResource>();
    expectTypeOf(ummah.clients).toEqualTypeOf<T.ClientsResource>();
    expectTypeOf(ummah.clients.recurringTokens).toEqualTypeOf<T.ClientRecurringTokensResource>();
    expectTypeOf(ummah.balance).toEqualTypeOf<T.BalanceResource>();
    expectTypeOf(ummah.account).toEqualTypeOf<T.AccountResource>();
    expectTypeOf(ummah.statements).toEqualTypeOf<T.StatementsResource>();
    expectTypeOf(ummah.webhooks).toEqualTypeOf<T.WebhooksResource>();
    expectTypeOf(ummah.publicKey).toEqualTypeOf<T.PublicKeyResource>();
  });

  it('constructs as the quickstart does, or from options alone', () => {
    expectTypeOf(Ummah).toBeConstructibleWith(process.env.UMMAH_SECRET_KEY);
    expectTypeOf(Ummah).toBeConstructibleWith();
    expectTypeOf(Ummah).toBeConstructibleWith('sk_test_x', {
      baseURL: 'https://gate.ummah.com/api/v1',
      maxRetries: 3,
    });
    expectTypeOf(Ummah).toBeConstructibleWith({ apiKey: 'sk_test_x', validateResponses: 'warn' });
  });
});
