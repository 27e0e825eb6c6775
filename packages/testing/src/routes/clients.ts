import { fullClientDetails } from '../domain/client-details';
import {
  createClient,
  deleteClient,
  getClient,
  listClients,
  replaceClient,
  updateClient,
} from '../domain/clients';
import { deleteRecurringToken, getRecurringToken, listRecurringTokens } from '../domain/recurring-tokens';
import type { ApiHandlers } from './api-route';

/** `/clients/…` and `/clients/{id}/recurring_tokens/…`. */
export const clientHandlers = {
  'clients.create': ({ domain, body }) => createClient(domain, fullClientDetails(body)),
  // `?email=` (or `?q=`) narrows the list, as the platform's dashboard search does.
  'clients.list': ({ domain, url }) =>
    listClients(domain, url.searchParams.get('email') ?? url.searchParams.get('q')),
  'clients.retrieve': ({ domain, params }) => getClient(domain, params.id),
  'clients.replace': ({ domain, params, body }) => replaceClient(domain, params.id, body),
  'clients.update': ({ domain, params, body }) => updateClient(domain, params.id, body),
  'clients.delete': ({ domain, params }) => deleteClient(domain, params.id),
  'clients.recurringTokens.list': ({ domain, params }) => listRecurringTokens(domain, params.id),
  'clients.recurringTokens.retrieve': ({ domain, params }) =>
    getRecurringToken(domain, params.id, params.token_id),
  'clients.recurringTokens.delete': ({ domain, params }) =>
    deleteRecurringToken(domain, params.id, params.token_id),
} satisfies ApiHandlers;
