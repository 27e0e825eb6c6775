import type { Middleware } from '../http/compose';
import { parseInput, queryInput } from '../http/input-validation';
import type { GatewayContext } from './request-context';

/**
 * Checks the body and query against the route's schemas (the generated validators for the API) and
 * answers 400 with every bad field; the handler receives what the schemas parsed.
 */
export const validateInput: Middleware<GatewayContext> = async (context, next) => {
  const { route } = context.match!;
  const query = route.query
    ? parseInput(route.query, queryInput(route.query, context.url.searchParams, route.pageParams))
    : undefined;
  const body = route.body ? parseInput(route.body, context.body) : context.body;
  context.input = { body, query };
  await next();
};
