import { json } from '../http/mock-result';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { mockRoute } from '../routes/mock-route';

/**
 * The `/_mock/` endpoints of a provider's simulated steps, so a server's callers can drive them:
 * `POST /_mock/<resource>/{id}/<step>/` runs `simulate[step](id)` and answers the object.
 */
export function stepRoutes<S extends string>(
  resource: string,
  simulate: Readonly<Record<S, (id: string) => Promise<unknown>>>,
  steps: readonly S[],
): GatewayRoute[] {
  return steps.map((step) =>
    mockRoute('POST', `/${resource}/{id}/${step}/`, `mock.${resource}.${step}`, async ({ params }) =>
      json(await simulate[step](params.id!)),
    ),
  );
}
