import {
  companyPublicKey,
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  replaceWebhook,
  updateWebhook,
} from '../domain/webhooks';
import type { ApiHandlers } from './api-route';

/** `/webhooks/…`, the deliveries log and the company key at `/public_key/`. */
export const webhookHandlers = {
  'webhooks.create': ({ domain, body }) => createWebhook(domain, body),
  'webhooks.list': ({ domain }) => listWebhooks(domain),
  'webhooks.retrieve': ({ domain, params }) => getWebhook(domain, params.id),
  'webhooks.replace': ({ domain, params, body }) => replaceWebhook(domain, params.id, body),
  'webhooks.update': ({ domain, params, body }) => updateWebhook(domain, params.id, body),
  'webhooks.delete': ({ domain, params }) => deleteWebhook(domain, params.id),
  'webhooks.deliveries': ({ domain, query }) => listDeliveries(domain, query),
  'publicKey.retrieve': ({ domain }) => companyPublicKey(domain),
} satisfies ApiHandlers;
