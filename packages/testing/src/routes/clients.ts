import { readClientDetails } from '../domain/purchase-input';
import { createClient, getClient } from '../domain/purchases';
import type { ClientDetailsRecord } from '../domain/records';
import { notFound } from '../http/gateway-error';
import { json, noContent } from '../http/mock-result';
import { paginate } from '../http/pagination';
import { type ApiRoute, type Ctx, reader, wire } from './route-helpers';

function create(context: Ctx) {
  const body = reader(context);
  const details = readClientDetails(body, 'full');
  body.assertValid();
  return json(wire(createClient(context.gateway, details as ClientDetailsRecord)), 201);
}

function list(context: Ctx) {
  const email = context.query.get('email') ?? context.query.get('q');
  const clients = [...context.gateway.state.clients.values()]
    .filter((client) => !email || client.email.toLowerCase().includes(email.toLowerCase()))
    .reverse();
  return json(paginate(wire(clients), context.url, context.gateway.pageSize));
}

function retrieve(context: Ctx) {
  return json(wire(getClient(context.gateway, context.params.id!)));
}

function write(mode: 'full' | 'partial') {
  return (context: Ctx) => {
    const client = getClient(context.gateway, context.params.id!);
    const body = reader(context);
    const details = readClientDetails(body, mode);
    body.assertValid();
    Object.assign(client, details, { updated_on: context.gateway.now() });
    return json(wire(client));
  };
}

function remove(context: Ctx) {
  const client = getClient(context.gateway, context.params.id!);
  context.gateway.state.clients.delete(client.id);
  // The client's saved payment methods go with it.
  for (const [id, token] of context.gateway.state.recurringTokens) {
    if (token.clientId === client.id) context.gateway.state.recurringTokens.delete(id);
  }
  return noContent();
}

function tokensOf(context: Ctx) {
  const client = getClient(context.gateway, context.params.id!);
  return [...context.gateway.state.recurringTokens.values()].filter((token) => token.clientId === client.id);
}

function tokenOf(context: Ctx) {
  const token = tokensOf(context).find((entry) => entry.record.id === context.params.token_id);
  if (!token) throw notFound();
  return token;
}

/** `/clients/…` and `/clients/{id}/recurring_tokens/…`. */
export const clientRoutes: ApiRoute[] = [
  { method: 'POST', path: '/clients/', operationId: 'clients.create', handler: create },
  { method: 'GET', path: '/clients/', operationId: 'clients.list', handler: list },
  { method: 'GET', path: '/clients/{id}/', operationId: 'clients.retrieve', handler: retrieve },
  { method: 'PUT', path: '/clients/{id}/', operationId: 'clients.replace', handler: write('full') },
  { method: 'PATCH', path: '/clients/{id}/', operationId: 'clients.update', handler: write('partial') },
  { method: 'DELETE', path: '/clients/{id}/', operationId: 'clients.delete', handler: remove },
  {
    method: 'GET',
    path: '/clients/{id}/recurring_tokens/',
    operationId: 'clients.recurringTokens.list',
    handler: (context) =>
      json(
        paginate(
          wire(tokensOf(context).map((token) => token.record)).reverse(),
          context.url,
          context.gateway.pageSize,
        ),
      ),
  },
  {
    method: 'GET',
    path: '/clients/{id}/recurring_tokens/{token_id}/',
    operationId: 'clients.recurringTokens.retrieve',
    handler: (context) => json(wire(tokenOf(context).record)),
  },
  {
    method: 'DELETE',
    path: '/clients/{id}/recurring_tokens/{token_id}/',
    operationId: 'clients.recurringTokens.delete',
    handler: (context) => {
      const token = tokenOf(context);
      context.gateway.state.recurringTokens.delete(token.record.id);
      const purchase = context.gateway.state.purchases.get(token.purchaseId);
      if (purchase?.recurring_token === token.record.id) purchase.recurring_token = null;
      return noContent();
    },
  },
];
