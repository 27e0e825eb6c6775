import type { OperationCaller } from './operation-caller.js';

/**
 * The base of a provider client's resource (`charges`, `orders`, …): holds the client's
 * {@link OperationCaller}, through which every method sends its operation.
 *
 * @example
 * class ChargesResource extends OperationResource {
 *   create(params: ChargeCreateParams) {
 *     return this.caller.call<Charge>('charges.create', { body: params });
 *   }
 * }
 */
export class OperationResource {
  /** Sends the resource's operations. */
  protected readonly caller: OperationCaller;

  constructor(caller: OperationCaller) {
    this.caller = caller;
  }
}
