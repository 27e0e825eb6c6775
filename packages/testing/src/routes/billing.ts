import { sendInvoices, sendTemplateInvoice } from '../domain/billing/invoices';
import { getSubscriber, listSubscribers, subscribe, updateSubscriber } from '../domain/billing/subscribers';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  replaceTemplate,
} from '../domain/billing/templates';
import type { ApiHandlers } from './api-route';

/** `/billing_templates/…` (templates, subscribers, template invoices) and `/billing/`. */
export const billingHandlers = {
  'billingTemplates.create': ({ domain, body }) => createTemplate(domain, body),
  'billingTemplates.list': ({ domain }) => listTemplates(domain),
  'billingTemplates.retrieve': ({ domain, params }) => getTemplate(domain, params.id),
  'billingTemplates.replace': ({ domain, params, body }) => replaceTemplate(domain, params.id, body),
  'billingTemplates.delete': ({ domain, params }) => deleteTemplate(domain, params.id),
  'billingTemplates.subscribe': ({ domain, params, body }) => subscribe(domain, params.id, body),
  'billingTemplates.sendInvoice': ({ domain, params, body }) => sendTemplateInvoice(domain, params.id, body),
  'billingTemplates.subscribers.list': ({ domain, params }) => listSubscribers(domain, params.id),
  'billingTemplates.subscribers.retrieve': ({ domain, params }) =>
    getSubscriber(domain, params.id, params.client_id),
  'billingTemplates.subscribers.update': ({ domain, params, body }) =>
    updateSubscriber(domain, params.id, params.client_id, body),
  'billing.sendInvoice': ({ domain, body }) => sendInvoices(domain, body),
} satisfies ApiHandlers;
