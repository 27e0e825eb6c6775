import type { PurchaseCreateParams } from '@ummah/schema/ummah/types';
import { fullClientDetails } from '../client-details';
import { clientForEmail, clientNamedIn } from '../clients';
import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import { newId } from '../ids';
import type { ClientRecord, PurchaseDetailsRecord, PurchaseRecord } from '../records';
import { purchaseDetailsFrom } from './purchase-details';

/**
 * Everything needed to open a purchase, from the API or from a billing template: the options of
 * `POST /purchases/`, with the client and the purchase details resolved.
 */
export type NewPurchase = Omit<PurchaseCreateParams, 'client' | 'client_id' | 'purchase' | 'issued'> & {
  readonly client: ClientRecord;
  readonly details: PurchaseDetailsRecord;
  readonly billingTemplateId?: string;
  /** What the purchase is for. @default 'purchases' */
  readonly product?: PurchaseRecord['product'];
};

/** Looks a purchase up. */
export function getPurchase(context: DomainContext, id: string): PurchaseRecord {
  const purchase = context.state.purchases.get(id);
  if (!purchase) throw notFound();
  return purchase;
}

/**
 * `POST /purchases/`: links the purchase to the client named by `client_id` (which must exist), or
 * else to the client with the email of `client`, created when there is none.
 */
export function createPurchase(context: DomainContext, body: PurchaseCreateParams): PurchaseRecord {
  const client =
    body.client_id === undefined
      ? clientForEmail(context, fullClientDetails(body.client))
      : clientNamedIn(context, body.client_id, 'client_id');
  return openPurchase(context, { ...body, client, details: purchaseDetailsFrom(body.purchase) });
}

/** Opens a purchase in `created` status and stores it. Emits `purchase.created`. */
export function openPurchase(context: DomainContext, input: NewPurchase): PurchaseRecord {
  const now = unixSeconds(context.clock);
  const id = newId('purchase');
  const { id: _id, type: _type, created_on: _created, updated_on: _updated, ...clientDetails } = input.client;
  const purchase: PurchaseRecord = {
    id,
    type: 'purchase',
    status: 'created',
    brand_id: input.brand_id,
    client_id: input.client.id,
    client: clientDetails,
    purchase: structuredClone(input.details),
    payment: null,
    product: input.product ?? 'purchases',
    platform: input.platform ?? 'api',
    creator_agent: input.creator_agent ?? '',
    due: input.due ?? null,
    payment_method_whitelist: input.payment_method_whitelist ?? null,
    recurring_token: null,
    is_recurring_token: false,
    billing_template_id: input.billingTemplateId ?? null,
    checkout_url: context.links.checkoutPage(id),
    invoice_url: context.links.invoicePage(id),
    success_redirect: input.success_redirect ?? '',
    failure_redirect: input.failure_redirect ?? '',
    cancel_redirect: input.cancel_redirect ?? '',
    success_callback: input.success_callback ?? '',
    reference: input.reference ?? '',
    skip_capture: input.skip_capture ?? false,
    force_recurring: input.force_recurring ?? false,
    send_receipt: input.send_receipt ?? false,
    marked_as_paid: false,
    is_test: true,
    refundable_amount: 0,
    refund_availability: 'none',
    status_history: [{ status: 'created', timestamp: now }],
    created_on: now,
    updated_on: now,
  };
  context.state.purchases.set(id, purchase);
  void context.emit('purchase.created', purchase, { id, type: 'purchase' });
  return purchase;
}
