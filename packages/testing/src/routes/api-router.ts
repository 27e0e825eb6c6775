import type { GatewayEngine } from '../gateway-engine';
import { Router } from '../http/router';
import { billingRoutes } from './billing';
import { billingTemplateRoutes } from './billing-templates';
import { clientRoutes } from './clients';
import { methodRoutes } from './methods';
import { purchaseActionRoutes } from './purchase-actions';
import { purchaseRoutes } from './purchases';
import { reportingRoutes } from './reporting';
import { statementRoutes } from './statements';
import { webhookRoutes } from './webhooks';

/** The router of the gateway API: the 47 operations. */
export function apiRouter(): Router<GatewayEngine> {
  return new Router<GatewayEngine>().add(
    ...purchaseRoutes,
    ...purchaseActionRoutes,
    ...methodRoutes,
    ...billingTemplateRoutes,
    ...billingRoutes,
    ...clientRoutes,
    ...reportingRoutes,
    ...statementRoutes,
    ...webhookRoutes,
  );
}
