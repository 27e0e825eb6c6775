import type { OperationClientOptions } from '../operations/client-options.js';
import {
  operationClientClass as neutralOperationClientClass,
  type OperationClientConstructor,
  type OperationClientDefinition,
} from '../operations/operation-client.js';
import { HttpClient } from './http-client.js';

/**
 * `operationClientClass` for Node: the clients it makes default to the Node `HttpClient` (node:http).
 * Selected automatically by the `node` export condition.
 */
export function operationClientClass<O extends OperationClientOptions>(
  definition: OperationClientDefinition<O>,
): OperationClientConstructor<O> {
  return neutralOperationClientClass<O>({ httpClient: HttpClient, ...definition });
}
