import type { BillingSendInvoiceParams, BillingTemplateSendInvoiceParams } from '@ummah/schema/ummah/types';
import { clientNamedIn, UNKNOWN_CLIENT } from '../clients';
import type { DomainContext } from '../context';
import { type FieldErrors, invalidFields } from '../errors';
import { purchaseDetailsFrom } from '../purchases/purchase-details';
import { openPurchase } from '../purchases/purchases';
import type { PurchaseRecord } from '../records';
import { getTemplate } from './templates';

/** An invoice purchase from a template, for one existing client. */
export function sendTemplateInvoice(
  context: DomainContext,
  templateId: string,
  body: BillingTemplateSendInvoiceParams,
): PurchaseRecord {
  const template = getTemplate(context, templateId);
  const client = clientNamedIn(context, body.client_id, 'client_id');
  return openPurchase(context, {
    brand_id: template.brand_id,
    client,
    details: template.purchase,
    billingTemplateId: template.id,
    force_recurring: template.force_recurring,
    send_receipt: template.send_receipt,
    product: 'billing_invoices',
  });
}

/**
 * `POST /billing/`: one invoice purchase per listed client. All or nothing: an unknown client id
 * refuses the whole request (every unknown one is reported) and creates nothing.
 */
export function sendInvoices(context: DomainContext, body: BillingSendInvoiceParams): PurchaseRecord[] {
  const unknown: FieldErrors = {};
  body.clients.forEach((recipient, index) => {
    if (!context.state.clients.has(recipient.client_id))
      unknown[`clients.${index}.client_id`] = [UNKNOWN_CLIENT];
  });
  if (Object.keys(unknown).length > 0) throw invalidFields(unknown);
  const details = purchaseDetailsFrom(body.purchase);
  return body.clients.map((recipient) =>
    openPurchase(context, {
      brand_id: body.brand_id,
      client: clientNamedIn(context, recipient.client_id, 'client_id'),
      details,
      product: 'billing_invoices',
    }),
  );
}
