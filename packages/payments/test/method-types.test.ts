import { describe, expectTypeOf, it } from 'vitest';
import type * as T from '../src/index.js';
import Ummah from '../src/index.js';

// The result type of each of the 47 methods, spelled with the schema's named types, so a method
// wired to the wrong operation (or a schema change that alters a result) fails `tsc`.
// Methods are only referenced, never called.

const u = new Ummah('sk_test_types', { baseURL: 'http://127.0.0.1:9/api/v1' });
type Opts = T.RequestOptions | undefined;

describe('the result type of every method', () => {
  it('matches the schema for purchases', () => {
    expectTypeOf(u.purchases.create).returns.toEqualTypeOf<T.APIPromise<T.Purchase>>();
    expectTypeOf(u.purchases.retrieve).returns.toEqualTypeOf<T.APIPromise<T.Purchase>>();
    expectTypeOf(u.purchases.cancel).returns.toEqualTypeOf<T.APIPromise<T.PurchaseActionResult>>();
    expectTypeOf(u.purchases.release).returns.toEqualTypeOf<T.APIPromise<T.PurchaseActionResult>>();
    expectTypeOf(u.purchases.capture).returns.toEqualTypeOf<T.APIPromise<T.Purchase>>();
    expectTypeOf(u.purchases.refund).returns.toEqualTypeOf<T.APIPromise<T.Payment>>();
    expectTypeOf(u.purchases.markAsPaid).returns.toEqualTypeOf<T.APIPromise<T.Purchase>>();
    expectTypeOf(u.purchases.resendInvoice).returns.toEqualTypeOf<T.APIPromise<T.PurchaseActionResult>>();
    expectTypeOf(u.purchases.deleteRecurringToken).returns.toEqualTypeOf<
      T.APIPromise<T.PurchaseActionResult>
    >();
    expectTypeOf(u.purchases.charge).returns.toEqualTypeOf<T.APIPromise<T.Purchase>>();
  });

  it('matches the schema for payment and payout methods, billing and balances', () => {
    expectTypeOf(u.paymentMethods.list).returns.toEqualTypeOf<T.APIPromise<T.PaymentMethods>>();
    expectTypeOf(u.payoutMethods.list).returns.toEqualTypeOf<T.APIPromise<T.PayoutMethods>>();
    expectTypeOf(u.billing.sendInvoice).returns.toEqualTypeOf<T.APIPromise<T.Purchase[]>>();
    expectTypeOf(u.balance.retrieve).returns.toEqualTypeOf<T.APIPromise<T.Balance>>();
    expectTypeOf(u.account.balance).returns.toEqualTypeOf<T.APIPromise<T.Balance>>();
    expectTypeOf(u.account.turnover).returns.toEqualTypeOf<T.APIPromise<T.Turnover>>();
    expectTypeOf(u.publicKey.retrieve).returns.toEqualTypeOf<T.APIPromise<string>>();
  });

  it('matches the schema for billing templates and their subscribers', () => {
    expectTypeOf(u.billingTemplates.create).returns.toEqualTypeOf<T.APIPromise<T.BillingTemplate>>();
    expectTypeOf(u.billingTemplates.list).returns.toEqualTypeOf<T.PagePromise<T.BillingTemplate>>();
    expectTypeOf(u.billingTemplates.retrieve).returns.toEqualTypeOf<T.APIPromise<T.BillingTemplate>>();
    expectTypeOf(u.billingTemplates.replace).returns.toEqualTypeOf<T.APIPromise<T.BillingTemplate>>();
    expectTypeOf(u.billingTemplates.delete).returns.toEqualTypeOf<T.APIPromise<void>>();
    expectTypeOf(u.billingTemplates.subscribe).returns.toEqualTypeOf<T.APIPromise<T.SubscribeResult>>();
    expectTypeOf(u.billingTemplates.sendInvoice).returns.toEqualTypeOf<T.APIPromise<T.Purchase>>();
    expectTypeOf(u.billingTemplates.subscribers.list).returns.toEqualTypeOf<
      T.PagePromise<T.BillingTemplateClient>
    >();
    expectTypeOf(u.billingTemplates.subscribers.retrieve).returns.toEqualTypeOf<
      T.APIPromise<T.BillingTemplateClient>
    >();
    expectTypeOf(u.billingTemplates.subscribers.update).returns.toEqualTypeOf<
      T.APIPromise<T.BillingTemplateClient>
    >();
  });

  it('matches the schema for clients and their recurring tokens', () => {
    expectTypeOf(u.clients.create).returns.toEqualTypeOf<T.APIPromise<T.Client>>();
    expectTypeOf(u.clients.list).returns.toEqualTypeOf<T.PagePromise<T.Client>>();
    expectTypeOf(u.clients.retrieve).returns.toEqualTypeOf<T.APIPromise<T.Client>>();
    expectTypeOf(u.clients.replace).returns.toEqualTypeOf<T.APIPromise<T.Client>>();
    expectTypeOf(u.clients.update).returns.toEqualTypeOf<T.APIPromise<T.Client>>();
    expectTypeOf(u.clients.delete).returns.toEqualTypeOf<T.APIPromise<void>>();
    expectTypeOf(u.clients.recurringTokens.list).returns.toEqualTypeOf<
      T.PagePromise<T.ClientRecurringToken>
    >();
    expectTypeOf(u.clients.recurringTokens.retrieve).returns.toEqualTypeOf<
      T.APIPromise<T.ClientRecurringToken>
    >();
    expectTypeOf(u.clients.recurringTokens.delete).returns.toEqualTypeOf<T.APIPromise<void>>();
  });

  it('matches the schema for statements and webhooks', () => {
    expectTypeOf(u.statements.create).returns.toEqualTypeOf<T.APIPromise<T.CompanyStatement>>();
    expectTypeOf(u.statements.list).returns.toEqualTypeOf<T.PagePromise<T.CompanyStatement>>();
    expectTypeOf(u.statements.retrieve).returns.toEqualTypeOf<T.APIPromise<T.CompanyStatement>>();
    expectTypeOf(u.statements.cancel).returns.toEqualTypeOf<T.APIPromise<T.CompanyStatementActionResult>>();
    expectTypeOf(u.webhooks.create).returns.toEqualTypeOf<T.APIPromise<T.Webhook>>();
    expectTypeOf(u.webhooks.list).returns.toEqualTypeOf<T.PagePromise<T.Webhook>>();
    expectTypeOf(u.webhooks.retrieve).returns.toEqualTypeOf<T.APIPromise<T.Webhook>>();
    expectTypeOf(u.webhooks.replace).returns.toEqualTypeOf<T.APIPromise<T.Webhook>>();
    expectTypeOf(u.webhooks.update).returns.toEqualTypeOf<T.APIPromise<T.Webhook>>();
    expectTypeOf(u.webhooks.delete).returns.toEqualTypeOf<T.APIPromise<void>>();
    expectTypeOf(u.webhooks.deliveries).returns.toEqualTypeOf<T.PagePromise<T.WebhookDelivery>>();
  });
});

describe('the parameters of every method', () => {
  it('match the schema for purchases', () => {
    expectTypeOf(u.purchases.create).parameters.toEqualTypeOf<[T.PurchaseCreateParams, Opts?]>();
    expectTypeOf(u.purchases.capture).parameters.toEqualTypeOf<[string, T.PurchaseCaptureParams?, Opts?]>();
    expectTypeOf(u.purchases.refund).parameters.toEqualTypeOf<[string, T.PurchaseRefundParams?, Opts?]>();
    expectTypeOf(u.purchases.markAsPaid).parameters.toEqualTypeOf<
      [string, T.PurchaseMarkAsPaidParams?, Opts?]
    >();
    expectTypeOf(u.purchases.charge).parameters.toEqualTypeOf<[string, T.PurchaseChargeParams, Opts?]>();
    for (const method of [u.purchases.cancel, u.purchases.release, u.purchases.resendInvoice]) {
      expectTypeOf(method).parameters.toEqualTypeOf<[string, Opts?]>();
    }
  });

  it('match the schema for the other resources', () => {
    expectTypeOf(u.paymentMethods.list).parameters.toEqualTypeOf<[T.PaymentMethodsListQuery, Opts?]>();
    expectTypeOf(u.payoutMethods.list).parameters.toEqualTypeOf<[T.PayoutMethodsListQuery, Opts?]>();
    expectTypeOf(u.billingTemplates.create).parameters.toEqualTypeOf<
      [T.BillingTemplateCreateParams, Opts?]
    >();
    expectTypeOf(u.billingTemplates.replace).parameters.toEqualTypeOf<
      [string, T.BillingTemplateReplaceParams, Opts?]
    >();
    expectTypeOf(u.billingTemplates.subscribe).parameters.toEqualTypeOf<
      [string, T.BillingTemplateSubscribeParams, Opts?]
    >();
    expectTypeOf(u.billingTemplates.sendInvoice).parameters.toEqualTypeOf<
      [string, T.BillingTemplateSendInvoiceParams, Opts?]
    >();
    expectTypeOf(u.billingTemplates.subscribers.update).parameters.toEqualTypeOf<
      [string, string, T.BillingTemplateSubscriberUpdateParams, Opts?]
    >();
    expectTypeOf(u.billing.sendInvoice).parameters.toEqualTypeOf<[T.BillingSendInvoiceParams, Opts?]>();
    expectTypeOf(u.clients.create).parameters.toEqualTypeOf<[T.ClientCreateParams, Opts?]>();
    expectTypeOf(u.clients.replace).parameters.toEqualTypeOf<[string, T.ClientReplaceParams, Opts?]>();
    expectTypeOf(u.clients.update).parameters.toEqualTypeOf<[string, T.ClientUpdateParams, Opts?]>();
    expectTypeOf(u.clients.recurringTokens.retrieve).parameters.toEqualTypeOf<[string, string, Opts?]>();
    expectTypeOf(u.statements.create).parameters.toEqualTypeOf<[T.StatementCreateParams, Opts?]>();
    expectTypeOf(u.webhooks.create).parameters.toEqualTypeOf<[T.WebhookCreateParams, Opts?]>();
    expectTypeOf(u.webhooks.replace).parameters.toEqualTypeOf<[string, T.WebhookReplaceParams, Opts?]>();
    expectTypeOf(u.webhooks.update).parameters.toEqualTypeOf<[string, T.WebhookUpdateParams, Opts?]>();
    expectTypeOf(u.webhooks.deliveries).parameters.toEqualTypeOf<[T.WebhooksDeliveriesQuery, Opts?]>();
    expectTypeOf(u.clients.list).parameters.toEqualTypeOf<[Opts?]>();
    expectTypeOf(u.balance.retrieve).parameters.toEqualTypeOf<[Opts?]>();
  });
});

describe('the merchant-shaped modules', () => {
  it('type refunds like purchases.refund and subscriptions like the billing-template routes', () => {
    expectTypeOf(u.refunds.create).returns.toEqualTypeOf<T.APIPromise<T.Payment>>();
    expectTypeOf(u.refunds.create).parameter(1).toEqualTypeOf<T.PurchaseRefundParams | undefined>();
    expectTypeOf(u.subscriptions.createPlan).returns.toEqualTypeOf<T.APIPromise<T.BillingTemplate>>();
    expectTypeOf(u.subscriptions.subscribe).returns.toEqualTypeOf<T.APIPromise<T.SubscribeResult>>();
    expectTypeOf(u.subscriptions.pause).returns.toEqualTypeOf<T.APIPromise<T.BillingTemplateClient>>();
    expectTypeOf(u.subscriptions.resume).returns.toEqualTypeOf<T.APIPromise<T.BillingTemplateClient>>();
    expectTypeOf(u.subscriptions.retrieve).returns.toEqualTypeOf<T.APIPromise<T.BillingTemplateClient>>();
    expectTypeOf(u.subscriptions.list).returns.toEqualTypeOf<T.PagePromise<T.BillingTemplateClient>>();
    // The subscriber's status is on `billing_template_client`, not on the result itself.
    expectTypeOf<T.SubscribeResult['billing_template_client']>().toEqualTypeOf<
      T.BillingTemplateClient | undefined
    >();
  });

  it('requires the billing period of a plan, and sets is_subscription itself', () => {
    const base = { brand_id: 'b', purchase: { currency: 'USD', products: [{ name: 'P', price: 1 }] } };
    // @ts-expect-error subscription_period and subscription_period_units are required
    void (() => u.subscriptions.createPlan(base));
    const monthly = { ...base, subscription_period: 1, subscription_period_units: 'months' as const };
    void (() => u.subscriptions.createPlan(monthly));
    // @ts-expect-error is_subscription is not the caller's to set
    void (() => u.subscriptions.createPlan({ ...monthly, is_subscription: true }));
    expectTypeOf<T.SubscriptionPlanParams['subscription_period']>().toEqualTypeOf<number>();
  });
});
