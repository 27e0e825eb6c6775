import { emptyClientDetails, readClientDetails, readPurchaseDetails } from '../domain/purchase-input';
import { clientForEmail, getPurchase, openPurchase } from '../domain/purchases';
import type { ClientDetailsRecord, ClientRecord } from '../domain/records';
import { badRequest } from '../http/gateway-error';
import { json } from '../http/mock-result';
import { type ApiRoute, type Ctx, reader, wire } from './route-helpers';

function createPurchase(context: Ctx) {
  const body = reader(context);
  const brandId = body.string('brand_id', { required: true });
  const clientId = body.string('client_id');
  const clientReader = body.object('client', { required: clientId === undefined });
  const details = clientReader ? readClientDetails(clientReader, 'full') : undefined;
  const purchaseReader = body.object('purchase', { required: true });
  const purchaseDetails = purchaseReader ? readPurchaseDetails(purchaseReader) : undefined;
  const successRedirect = body.url('success_redirect');
  const failureRedirect = body.url('failure_redirect');
  const cancelRedirect = body.url('cancel_redirect');
  const successCallback = body.url('success_callback');
  const reference = body.string('reference', { maxLength: 128 });
  const skipCapture = body.boolean('skip_capture');
  const forceRecurring = body.boolean('force_recurring');
  const sendReceipt = body.boolean('send_receipt');
  const due = body.integer('due', { min: 0 });
  const platform = body.string('platform');
  const creatorAgent = body.string('creator_agent');
  const paymentMethodWhitelist = body.strings('payment_method_whitelist');
  body.assertValid();

  let client: ClientRecord;
  if (clientId !== undefined) {
    const existing = context.gateway.state.clients.get(clientId);
    if (!existing) throw badRequest({ client_id: ['Client with this ID does not exist.'] });
    client = existing;
  } else {
    client = clientForEmail(context.gateway, {
      ...emptyClientDetails(details!.email!),
      ...details,
    } as ClientDetailsRecord);
  }
  const purchase = openPurchase(context.gateway, {
    brandId: brandId!,
    client,
    details: purchaseDetails!,
    successRedirect,
    failureRedirect,
    cancelRedirect,
    successCallback,
    reference,
    skipCapture,
    forceRecurring,
    sendReceipt,
    due,
    platform,
    creatorAgent,
    paymentMethodWhitelist,
  });
  return json(wire(purchase), 201);
}

function retrievePurchase(context: Ctx) {
  return json(wire(getPurchase(context.gateway, context.params.id!)));
}

/** `POST /purchases/` and `GET /purchases/{id}/`. */
export const purchaseRoutes: ApiRoute[] = [
  { method: 'POST', path: '/purchases/', operationId: 'purchases.create', handler: createPurchase },
  { method: 'GET', path: '/purchases/{id}/', operationId: 'purchases.retrieve', handler: retrievePurchase },
];
