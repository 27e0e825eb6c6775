import type { APIPromise, PagePromise, RequestOptions } from '@ummah/core';
import type {
  Client,
  ClientCreateParams,
  ClientReplaceParams,
  ClientUpdateParams,
} from '@ummah/schema/ummah/types';
import type { OperationCaller } from '../internal/operation-caller.js';
import { APIResource } from './api-resource.js';
import { ClientRecurringTokensResource } from './client-recurring-tokens.js';

/**
 * Clients: customer records, with their saved payment methods under `recurringTokens`.
 *
 * @category Clients
 */
export class ClientsResource extends APIResource {
  /** The client's saved payment methods. */
  readonly recurringTokens: ClientRecurringTokensResource;

  /** @internal */
  constructor(caller: OperationCaller) {
    super(caller);
    this.recurringTokens = new ClientRecurringTokensResource(caller);
  }

  /**
   * Creates a client.
   * `POST /clients/`
   *
   * @example
   * const client = await ummah.clients.create({ email: 'client@example.com', full_name: 'John Doe' });
   */
  create(params: ClientCreateParams, options?: RequestOptions): APIPromise<Client> {
    return this._call('clients.create', { body: params }, options);
  }

  /**
   * Lists clients; await for the first page or iterate to walk every page.
   * `GET /clients/`
   *
   * @example
   * for await (const client of ummah.clients.list()) console.log(client.email);
   */
  list(options?: RequestOptions): PagePromise<Client> {
    return this._callPage('clients.list', {}, options);
  }

  /**
   * Retrieves a client.
   * `GET /clients/{id}/`
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Client> {
    return this._call('clients.retrieve', { pathParams: { id } }, options);
  }

  /**
   * Replaces every field of a client (PUT: omitted fields are reset).
   * `PUT /clients/{id}/`
   */
  replace(id: string, params: ClientReplaceParams, options?: RequestOptions): APIPromise<Client> {
    return this._call('clients.replace', { pathParams: { id }, body: params }, options);
  }

  /**
   * Updates some fields of a client (PATCH: only the fields given change).
   * `PATCH /clients/{id}/`
   *
   * @example
   * await ummah.clients.update(id, { full_name: 'Updated Name' });
   */
  update(id: string, params: ClientUpdateParams, options?: RequestOptions): APIPromise<Client> {
    return this._call('clients.update', { pathParams: { id }, body: params }, options);
  }

  /**
   * Deletes a client and its associated data.
   * `DELETE /clients/{id}/` (204, resolves with `undefined`)
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._call('clients.delete', { pathParams: { id } }, options);
  }
}
