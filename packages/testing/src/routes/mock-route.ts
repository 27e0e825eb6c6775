import type { z } from 'zod';
import type { MockResult } from '../http/mock-result';
import type { HttpMethod } from '../http/router';
import type { GatewayRoute, HandlerInput } from '../pipeline/gateway-route';

/**
 * A route of the mock's own, outside the gateway API (control endpoints, files, pages): its method
 * and path are the mock's to choose, and its body schema, if any, is local.
 */
export function mockRoute(
  method: HttpMethod,
  path: string,
  operationId: `mock.${string}`,
  handler: (input: HandlerInput) => MockResult | Promise<MockResult>,
  body: z.ZodType | null = null,
): GatewayRoute {
  return { method, path, operationId, body, query: null, pageParams: [], handler };
}
