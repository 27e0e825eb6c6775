export {
  anyValue,
  array,
  boolean,
  type Check,
  listPage,
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
  string,
  union,
} from './checks.js';
export type { IssuePath, SchemaIssue } from './schema-issue.js';
export { type OperationChecks, validator, validatorTable } from './validator-table.js';
