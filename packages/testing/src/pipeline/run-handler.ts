import type { Middleware } from '../http/compose';
import type { GatewayContext } from './request-context';

/** Runs the matched route's handler: the innermost step, the one that answers. */
export const runHandler: Middleware<GatewayContext> = async (context) => {
  const { route, params } = context.match!;
  context.result = await route.handler({
    request: context.request,
    url: context.url,
    params,
    body: context.input?.body,
    query: context.input?.query,
  });
};
