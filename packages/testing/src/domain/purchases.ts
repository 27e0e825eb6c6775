import type { GatewayEngine } from '../gateway-engine';
import { notFound } from '../http/gateway-error';
import { newId } from './ids';
import { emptyClientDetails } from './purchase-input';
import type { ClientDetailsRecord, ClientRecord, PurchaseDetailsRecord, PurchaseRecord } from './records';

/** Everything needed to open a purchase, from the API or from a billing template. */
export interface NewPurchase {
  readonly brandId: string;
  readonly client: ClientRecord;
  readonly details: PurchaseDetailsRecord;
  readonly successRedirect?: string;
  readonly failureRedirect?: string;
  readonly cancelRedirect?: string;
  readonly successCallback?: string;
  readonly reference?: string;
  readonly skipCapture?: boolean;
  readonly forceRecurring?: boolean;
  readonly sendReceipt?: boolean;
  readonly billingTemplateId?: string | null;
  /** What the purchase is for. @default 'purchases' */
  readonly product?: PurchaseRecord['product'];
  readonly platform?: string;
  readonly creatorAgent?: string;
  readonly due?: number;
  readonly paymentMethodWhitelist?: string[];
}

/** Looks a purchase up or throws the gateway's 404. */
export function getPurchase(gateway: GatewayEngine, id: string): PurchaseRecord {
  const purchase = gateway.state.purchases.get(id);
  if (!purchase) throw notFound();
  return purchase;
}

/** Looks a client up or throws the gateway's 404. */
export function getClient(gateway: GatewayEngine, id: string): ClientRecord {
  const client = gateway.state.clients.get(id);
  if (!client) throw notFound();
  return client;
}

/** Creates and stores a client. */
export function createClient(gateway: GatewayEngine, details: ClientDetailsRecord): ClientRecord {
  const now = gateway.now();
  const client: ClientRecord = {
    id: newId('client'),
    type: 'personal',
    ...details,
    created_on: now,
    updated_on: now,
  };
  gateway.state.clients.set(client.id, client);
  return client;
}

/**
 * The client a purchase belongs to: the existing client with that email, or a new one. The platform
 * links every purchase to a client this way, which is what lets `force_recurring` tokens be listed
 * under `/clients/{id}/recurring_tokens/`.
 */
export function clientForEmail(gateway: GatewayEngine, details: ClientDetailsRecord): ClientRecord {
  for (const client of gateway.state.clients.values()) {
    if (client.email.toLowerCase() === details.email.toLowerCase()) return client;
  }
  return createClient(gateway, details);
}

/** Opens a purchase in `created` status and stores it. Emits `purchase.created`. */
export function openPurchase(gateway: GatewayEngine, input: NewPurchase): PurchaseRecord {
  const now = gateway.now();
  const id = newId('purchase');
  const { id: _id, type: _type, created_on: _created, updated_on: _updated, ...clientDetails } = input.client;
  const purchase: PurchaseRecord = {
    id,
    type: 'purchase',
    status: 'created',
    brand_id: input.brandId,
    client_id: input.client.id,
    client: { ...emptyClientDetails(clientDetails.email), ...clientDetails },
    purchase: structuredClone(input.details),
    payment: null,
    product: input.product ?? 'purchases',
    platform: input.platform ?? 'api',
    creator_agent: input.creatorAgent ?? '',
    due: input.due ?? null,
    payment_method_whitelist: input.paymentMethodWhitelist ?? null,
    recurring_token: null,
    is_recurring_token: false,
    billing_template_id: input.billingTemplateId ?? null,
    checkout_url: gateway.publicURL(`/checkout/${id}/`),
    invoice_url: gateway.publicURL(`/invoice/${id}/`),
    success_redirect: input.successRedirect ?? '',
    failure_redirect: input.failureRedirect ?? '',
    cancel_redirect: input.cancelRedirect ?? '',
    success_callback: input.successCallback ?? '',
    reference: input.reference ?? '',
    skip_capture: input.skipCapture ?? false,
    force_recurring: input.forceRecurring ?? false,
    send_receipt: input.sendReceipt ?? false,
    marked_as_paid: false,
    is_test: true,
    refundable_amount: 0,
    refund_availability: 'none',
    status_history: [{ status: 'created', timestamp: now }],
    created_on: now,
    updated_on: now,
  };
  gateway.state.purchases.set(id, purchase);
  void gateway.emit('purchase.created', purchase, { id, type: 'purchase' });
  return purchase;
}
