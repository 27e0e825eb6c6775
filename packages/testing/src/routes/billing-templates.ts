import { subscriberKey } from '../domain/gateway-state';
import { newId } from '../domain/ids';
import { readPurchaseDetails } from '../domain/purchase-input';
import { nextBillingOn } from '../domain/purchase-payments';
import { openPurchase } from '../domain/purchases';
import type { BillingTemplateRecord, SubscriberRecord } from '../domain/records';
import type { GatewayEngine } from '../gateway-engine';
import type { BodyReader } from '../http/body-reader';
import { badRequest, conflict, notFound } from '../http/gateway-error';
import { json, noContent } from '../http/mock-result';
import { paginate } from '../http/pagination';
import { type ApiRoute, type Ctx, clientFromBody, reader, wire } from './route-helpers';

const PERIOD_UNITS = ['days', 'weeks', 'months', 'years'] as const;

/** Looks a billing template up or throws the gateway's 404. */
export function getTemplate(gateway: GatewayEngine, id: string): BillingTemplateRecord {
  const template = gateway.state.billingTemplates.get(id);
  if (!template) throw notFound();
  return template;
}

/** Reads the writable template fields; `brand_id` is required on create only. */
function readTemplate(gateway: GatewayEngine, body: BodyReader, isCreate: boolean) {
  const brandId = body.string('brand_id', { required: isCreate }) ?? gateway.brandId;
  const title = body.string('title', { maxLength: 256 }) ?? '';
  const isSubscription = body.boolean('is_subscription', { required: true });
  const purchaseReader = body.object('purchase', { required: true });
  const details = purchaseReader ? readPurchaseDetails(purchaseReader) : undefined;
  const period = body.integer('subscription_period', { min: 1 }) ?? null;
  const units = body.choice('subscription_period_units', PERIOD_UNITS) ?? null;
  const trialPeriods = body.integer('subscription_trial_periods', { min: 0 }) ?? 0;
  const chargePeriodEnd = body.boolean('subscription_charge_period_end') ?? false;
  const cycles = body.integer('number_of_billing_cycles', { min: 0 }) ?? 0;
  const duePeriod = body.integer('subscription_due_period', { min: 0 }) ?? null;
  const duePeriodUnits = body.choice('subscription_due_period_units', PERIOD_UNITS) ?? null;
  const forceRecurring = body.boolean('force_recurring') ?? false;
  const sendReceipt = body.boolean('send_receipt') ?? false;
  if (isSubscription) {
    if (period === null && !body.has('subscription_period'))
      body.fail('subscription_period', 'This field is required.');
    if (units === null && !body.has('subscription_period_units')) {
      body.fail('subscription_period_units', 'This field is required.');
    }
  }
  body.assertValid();
  return {
    brand_id: brandId,
    title,
    is_subscription: isSubscription!,
    subscription_period: isSubscription ? period : null,
    subscription_period_units: isSubscription ? units : null,
    subscription_trial_periods: trialPeriods,
    subscription_charge_period_end: chargePeriodEnd,
    subscription_due_period: duePeriod,
    subscription_due_period_units: duePeriodUnits,
    number_of_billing_cycles: cycles,
    force_recurring: forceRecurring,
    send_receipt: sendReceipt,
    purchase: details!,
  };
}

function create(context: Ctx) {
  const fields = readTemplate(context.gateway, reader(context), true);
  const now = context.gateway.now();
  const template: BillingTemplateRecord = {
    id: newId('template'),
    type: 'billing_template',
    ...fields,
    created_on: now,
    updated_on: now,
  };
  context.gateway.state.billingTemplates.set(template.id, template);
  return json(wire(template), 201);
}

function replace(context: Ctx) {
  const template = getTemplate(context.gateway, context.params.id!);
  const fields = readTemplate(context.gateway, reader(context), false);
  Object.assign(template, fields, {
    brand_id: fields.brand_id ?? template.brand_id,
    updated_on: context.gateway.now(),
  });
  return json(wire(template));
}

function subscribe(context: Ctx) {
  const template = getTemplate(context.gateway, context.params.id!);
  const body = reader(context);
  const client = clientFromBody(context, body);
  const initialStatus = body.choice('status', ['active', 'subscription_paused'] as const);
  body.assertValid();
  if (!template.is_subscription) {
    throw badRequest({
      non_field_errors: ['Billing template is not a subscription; use send_invoice instead.'],
    });
  }
  const key = subscriberKey(template.id, client!.id);
  if (context.gateway.state.subscribers.has(key))
    throw conflict('Client is already subscribed to this billing template.');
  const now = context.gateway.now();
  // With a trial or end-of-period charging the first charge comes later: no purchase now.
  const deferred = template.subscription_trial_periods > 0 || template.subscription_charge_period_end;
  const { id: _id, type: _type, created_on: _created, updated_on: _updated, ...clientDetails } = client!;
  const subscriber: SubscriberRecord = {
    id: newId('subscriber'),
    type: 'billing_template_client',
    billing_template_id: template.id,
    client_id: client!.id,
    client: clientDetails,
    is_subscription: true,
    // `subscription_paused` on subscribe is how a free trial starts (reference recipe).
    status: initialStatus === 'subscription_paused' ? initialStatus : deferred ? 'active' : 'pending',
    // A trial of N periods defers the first charge by N periods; charging at the end of the period
    // adds one more.
    next_billing_on: deferred
      ? nextBillingOn(
          template,
          now,
          template.subscription_trial_periods + (template.subscription_charge_period_end ? 1 : 0),
        )
      : now,
    number_of_billing_cycles_passed: 0,
    recurring_token: null,
    created_on: now,
    updated_on: now,
  };
  context.gateway.state.subscribers.set(key, subscriber);
  const purchase = deferred
    ? null
    : openPurchase(context.gateway, {
        brandId: template.brand_id,
        client: client!,
        details: template.purchase,
        billingTemplateId: template.id,
        forceRecurring: true,
        product: 'billing_subscriptions',
      });
  return json({ billing_template_client: wire(subscriber), purchase: purchase && wire(purchase) }, 201);
}

function sendInvoice(context: Ctx) {
  const template = getTemplate(context.gateway, context.params.id!);
  const body = reader(context);
  const client = clientFromBody(context, body);
  body.assertValid();
  const purchase = openPurchase(context.gateway, {
    brandId: template.brand_id,
    client: client!,
    details: template.purchase,
    billingTemplateId: template.id,
    forceRecurring: template.force_recurring,
    sendReceipt: template.send_receipt,
    product: 'billing_invoices',
  });
  return json(wire(purchase), 201);
}

function subscriberOf(context: Ctx): SubscriberRecord {
  const template = getTemplate(context.gateway, context.params.id!);
  const subscriber = context.gateway.state.subscribers.get(
    subscriberKey(template.id, context.params.client_id!),
  );
  if (!subscriber) throw notFound();
  return subscriber;
}

function updateSubscriber(context: Ctx) {
  const subscriber = subscriberOf(context);
  const body = reader(context);
  const status = body.choice('status', ['active', 'subscription_paused'] as const);
  body.assertValid();
  if (status !== undefined && status !== subscriber.status) {
    subscriber.status = status;
    subscriber.updated_on = context.gateway.now();
  }
  return json(wire(subscriber));
}

/** Billing templates, their subscribers and template invoices. */
export const billingTemplateRoutes: ApiRoute[] = [
  { method: 'POST', path: '/billing_templates/', operationId: 'billingTemplates.create', handler: create },
  {
    method: 'GET',
    path: '/billing_templates/',
    operationId: 'billingTemplates.list',
    handler: (context) =>
      json(
        paginate(
          wire([...context.gateway.state.billingTemplates.values()].reverse()),
          context.url,
          context.gateway.pageSize,
        ),
      ),
  },
  {
    method: 'GET',
    path: '/billing_templates/{id}/',
    operationId: 'billingTemplates.retrieve',
    handler: (context) => json(wire(getTemplate(context.gateway, context.params.id!))),
  },
  {
    method: 'PUT',
    path: '/billing_templates/{id}/',
    operationId: 'billingTemplates.replace',
    handler: replace,
  },
  {
    method: 'DELETE',
    path: '/billing_templates/{id}/',
    operationId: 'billingTemplates.delete',
    // Deleting a template does not cancel its subscriptions (reference), so subscribers stay.
    handler: (context) => {
      const template = getTemplate(context.gateway, context.params.id!);
      context.gateway.state.billingTemplates.delete(template.id);
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/billing_templates/{id}/add_subscriber/',
    operationId: 'billingTemplates.subscribe',
    handler: subscribe,
  },
  {
    method: 'POST',
    path: '/billing_templates/{id}/send_invoice/',
    operationId: 'billingTemplates.sendInvoice',
    handler: sendInvoice,
  },
  {
    method: 'GET',
    path: '/billing_templates/{id}/clients/',
    operationId: 'billingTemplates.subscribers.list',
    handler: (context) => {
      const template = getTemplate(context.gateway, context.params.id!);
      const subscribers = [...context.gateway.state.subscribers.values()]
        .filter((subscriber) => subscriber.billing_template_id === template.id)
        .reverse();
      return json(paginate(wire(subscribers), context.url, context.gateway.pageSize));
    },
  },
  {
    method: 'GET',
    path: '/billing_templates/{id}/clients/{client_id}/',
    operationId: 'billingTemplates.subscribers.retrieve',
    handler: (context) => json(wire(subscriberOf(context))),
  },
  {
    method: 'PATCH',
    path: '/billing_templates/{id}/clients/{client_id}/',
    operationId: 'billingTemplates.subscribers.update',
    handler: updateSubscriber,
  },
];
