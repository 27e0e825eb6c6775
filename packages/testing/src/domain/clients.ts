import type { ClientReplaceParams, ClientUpdateParams } from '@ummah/schema/ummah/types';
import { fullClientDetails } from './client-details';
import { unixSeconds } from './clock';
import type { DomainContext } from './context';
import { invalidField, notFound } from './errors';
import { newId } from './ids';
import type { ClientDetailsRecord, ClientRecord } from './records';

/** Looks a client up. */
export function getClient(context: DomainContext, id: string): ClientRecord {
  const client = context.state.clients.get(id);
  if (!client) throw notFound();
  return client;
}

/** The gateway's words for a `client_id` that names no client. */
export const UNKNOWN_CLIENT = 'Client with this ID does not exist.';

/** The client a request names in `field`, refused as that field's error when it does not exist. */
export function clientNamedIn(context: DomainContext, id: string, field: string): ClientRecord {
  const client = context.state.clients.get(id);
  if (!client) throw invalidField(field, UNKNOWN_CLIENT);
  return client;
}

/** Clients newest first, optionally those whose email contains `email` (case-insensitive). */
export function listClients(context: DomainContext, email?: string | null): ClientRecord[] {
  const needle = email?.toLowerCase();
  return [...context.state.clients.values()]
    .filter((client) => !needle || client.email.toLowerCase().includes(needle))
    .reverse();
}

/** Creates and stores a client. */
export function createClient(context: DomainContext, details: ClientDetailsRecord): ClientRecord {
  const now = unixSeconds(context.clock);
  const client: ClientRecord = {
    id: newId('client'),
    type: 'personal',
    ...details,
    created_on: now,
    updated_on: now,
  };
  context.state.clients.set(client.id, client);
  return client;
}

/**
 * The client a purchase belongs to: the existing client with that email, or a new one. The platform
 * links every purchase to a client this way, which is what lets `force_recurring` tokens be listed
 * under `/clients/{id}/recurring_tokens/`.
 */
export function clientForEmail(context: DomainContext, details: ClientDetailsRecord): ClientRecord {
  const email = details.email.toLowerCase();
  for (const client of context.state.clients.values()) {
    if (client.email.toLowerCase() === email) return client;
  }
  return createClient(context, details);
}

/** PUT: every field is replaced; the ones the body leaves out become empty. */
export function replaceClient(context: DomainContext, id: string, input: ClientReplaceParams): ClientRecord {
  const client = getClient(context, id);
  return Object.assign(client, fullClientDetails(input), { updated_on: unixSeconds(context.clock) });
}

/** PATCH: only the fields the body sets change (a parsed JSON body holds no undefined values). */
export function updateClient(context: DomainContext, id: string, input: ClientUpdateParams): ClientRecord {
  const client = getClient(context, id);
  return Object.assign(client, input, { updated_on: unixSeconds(context.clock) });
}

/** Deletes a client and the payment methods it saved. */
export function deleteClient(context: DomainContext, id: string): void {
  const client = getClient(context, id);
  context.state.clients.delete(client.id);
  for (const [tokenId, token] of context.state.recurringTokens) {
    if (token.clientId === client.id) context.state.recurringTokens.delete(tokenId);
  }
}
