export {
  type ArrayOptions,
  anyValue,
  array,
  boolean,
  type Check,
  listPage,
  type NumberOptions,
  noValue,
  nullable,
  nullValue,
  number,
  type ObjectRule,
  object,
  oneOf,
  openEnum,
  optional,
  record,
  type StringOptions,
  string,
  union,
} from './checks.js';
export type { IssuePath, SchemaIssue } from './schema-issue.js';
export { type OperationChecks, validator, validatorTable } from './validator-table.js';
