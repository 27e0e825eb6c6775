import type { Middleware } from '../http/compose';
import { readJsonObject } from '../http/json-body';
import type { GatewayContext } from './request-context';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Reads the JSON object body of a POST, PUT or PATCH; a body that is not one answers 400. */
export const readBody: Middleware<GatewayContext> = async (context, next) => {
  if (BODY_METHODS.has(context.method)) context.body = await readJsonObject(context.request);
  await next();
};
