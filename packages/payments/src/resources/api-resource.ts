import { APIPromise, type PagePromise, type RequestOptions } from '@ummah/core';
import type {
  CallInput,
  ItemOf,
  OperationCaller,
  OperationId,
  ResponseOf,
} from '../internal/operation-caller.js';

/**
 * Base of every resource class. A resource method names its generated operation and hands over
 * its arguments; validation, paths, retries, auth and idempotency all happen below it.
 */
export abstract class APIResource {
  // Private so `util.inspect(ummah)` and `JSON.stringify(ummah)` never walk into the client.
  readonly #caller: OperationCaller;

  /** @internal Resources are created by `Ummah`; there is no reason to construct one yourself. */
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /**
   * Sends one operation and resolves with its typed response. `rule` adds a check the schema cannot
   * express (a field required only in some cases); like the schema's own checks it runs when
   * `validateRequests` is on, and its error rejects the call before anything is sent.
   */
  protected _call<K extends OperationId>(
    id: K,
    input: CallInput<K>,
    options?: RequestOptions,
    rule?: (body: unknown) => void,
  ): APIPromise<ResponseOf<K>> {
    if (rule !== undefined && this.#caller.validatesRequests) {
      try {
        rule(input.body);
      } catch (error) {
        return new APIPromise<ResponseOf<K>>(Promise.reject(error));
      }
    }
    return this.#caller.call(id, input, options);
  }

  /** Sends a list operation; await it for one page or iterate it for every item. */
  protected _callPage<K extends OperationId>(
    id: K,
    input: CallInput<K>,
    options?: RequestOptions,
  ): PagePromise<ItemOf<K>> {
    return this.#caller.callPage(id, input, options);
  }

  /** The caller, for resources that nest another resource (`clients.recurringTokens`). */
  protected get _caller(): OperationCaller {
    return this.#caller;
  }
}
