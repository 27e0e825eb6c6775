import { readPurchaseDetails } from '../domain/purchase-input';
import { openPurchase } from '../domain/purchases';
import type { ClientRecord } from '../domain/records';
import { json } from '../http/mock-result';
import { type ApiRoute, type Ctx, reader, wire } from './route-helpers';

/**
 * `POST /billing/`: one invoice purchase per listed client. Validation is all-or-nothing: an unknown
 * client id fails the whole request and creates nothing.
 */
function sendInvoice(context: Ctx) {
  const body = reader(context);
  const brandId = body.string('brand_id', { required: true });
  const entries = body.objects('clients', { required: true, minItems: 1 }) ?? [];
  const clients: ClientRecord[] = [];
  for (const entry of entries) {
    const id = entry.string('client_id', { required: true });
    if (id === undefined) continue;
    const client = context.gateway.state.clients.get(id);
    if (client) clients.push(client);
    else entry.fail('client_id', 'Client with this ID does not exist.');
  }
  const purchaseReader = body.object('purchase', { required: true });
  const details = purchaseReader ? readPurchaseDetails(purchaseReader) : undefined;
  body.assertValid();
  const purchases = clients.map((client) =>
    openPurchase(context.gateway, {
      brandId: brandId!,
      client,
      details: details!,
      product: 'billing_invoices',
    }),
  );
  return json(wire(purchases), 201);
}

/** `POST /billing/`. */
export const billingRoutes: ApiRoute[] = [
  { method: 'POST', path: '/billing/', operationId: 'billing.sendInvoice', handler: sendInvoice },
];
