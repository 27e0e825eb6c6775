import { operationIds } from '@ummah/schema/ummah/routes';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { accountHandlers } from './account';
import { type ApiHandlers, type ApiServices, apiRoute, handlerOf } from './api-route';
import { billingHandlers } from './billing';
import { clientHandlers } from './clients';
import { purchaseHandlers } from './purchases';
import { webhookHandlers } from './webhooks';

/** Every handler of the gateway API, by resource. Each operation of the schema has exactly one. */
export const API_HANDLERS: readonly ApiHandlers[] = [
  purchaseHandlers,
  billingHandlers,
  clientHandlers,
  accountHandlers,
  webhookHandlers,
];

/**
 * The routes of the gateway API: one per operation of the generated route table, in its order.
 * Throws, naming the operation, when an operation has no handler or more than one.
 */
export function apiRoutes(
  services: ApiServices,
  groups: readonly ApiHandlers[] = API_HANDLERS,
): GatewayRoute[] {
  return operationIds.map((operationId) => apiRoute(operationId, handlerOf(groups, operationId), services));
}
