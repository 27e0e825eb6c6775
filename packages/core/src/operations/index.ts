export {
  type OperationCallOptions,
  type OperationClientOptions,
  type OperationClientSetup,
  operationClientConfig,
  splitClientArguments,
} from './client-options.js';
export { OffsetPage, type OffsetPageFetcher } from './offset-page.js';
export { OperationCaller } from './operation-caller.js';
export {
  OperationClient,
  type OperationClientConstructor,
  type OperationClientDefinition,
  operationClientClass,
} from './operation-client.js';
export { OperationResource } from './operation-resource.js';
export type {
  OperationCallerConfig,
  OperationInput,
  OperationPagination,
  OperationRoute,
  OperationValidatorSet,
  OperationValidatorTable,
  SafeParseResult,
  StructuralValidator,
} from './types.js';
