import type { ClientRecord } from '../domain/records';
import type { GatewayEngine } from '../gateway-engine';
import { BodyReader } from '../http/body-reader';
import { badRequest } from '../http/gateway-error';
import type { Route, RouteContext } from '../http/router';

/** Context type of every API route. */
export type Ctx = RouteContext<GatewayEngine>;
/** Route type of every API route. */
export type ApiRoute = Route<GatewayEngine>;

/** A reader over the request body. */
export function reader(context: Ctx): BodyReader {
  return new BodyReader(context.body);
}

/** A deep copy for the wire, so callers never hold references into the mock's state. */
export function wire<T>(value: T): T {
  return structuredClone(value);
}

/** Requires query parameters, answering 400 with the gateway's field errors when absent. */
export function requireQuery(context: Ctx, ...names: string[]): string[] {
  const missing = names.filter((name) => !context.query.get(name));
  if (missing.length > 0) {
    throw badRequest(Object.fromEntries(missing.map((name) => [name, ['This field is required.']])));
  }
  return names.map((name) => context.query.get(name)!);
}

/** Reads a client id from a body; records a field error when it is absent or unknown. */
export function clientFromBody(
  context: Ctx,
  body: BodyReader,
  field = 'client_id',
): ClientRecord | undefined {
  const id = body.string(field, { required: true });
  if (id === undefined) return undefined;
  const client = context.gateway.state.clients.get(id);
  if (!client) body.fail(field, 'Client with this ID does not exist.');
  return client;
}
