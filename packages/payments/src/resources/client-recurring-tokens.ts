import type { APIPromise, PagePromise, RequestOptions } from '@ummah/core';
import type { ClientRecurringToken } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * A client's saved payment methods. Reached as `ummah.clients.recurringTokens`.
 *
 * @category Clients
 */
export class ClientRecurringTokensResource extends APIResource {
  /**
   * Lists a client's saved payment methods; iterate to walk every page.
   * `GET /clients/{id}/recurring_tokens/`
   *
   * @example
   * for await (const token of ummah.clients.recurringTokens.list(clientId)) console.log(token.description);
   */
  list(clientId: string, options?: RequestOptions): PagePromise<ClientRecurringToken> {
    return this._callPage('clients.recurringTokens.list', { pathParams: { id: clientId } }, options);
  }

  /**
   * Retrieves one saved payment method.
   * `GET /clients/{id}/recurring_tokens/{token_id}/`
   */
  retrieve(clientId: string, tokenId: string, options?: RequestOptions): APIPromise<ClientRecurringToken> {
    return this._call(
      'clients.recurringTokens.retrieve',
      { pathParams: { id: clientId, token_id: tokenId } },
      options,
    );
  }

  /**
   * Deletes a saved payment method so it can no longer be charged.
   * `DELETE /clients/{id}/recurring_tokens/{token_id}/` (204, resolves with `undefined`)
   */
  delete(clientId: string, tokenId: string, options?: RequestOptions): APIPromise<void> {
    return this._call(
      'clients.recurringTokens.delete',
      { pathParams: { id: clientId, token_id: tokenId } },
      options,
    );
  }
}
