import { jsdoc, key, literal, str } from './code.js';
import { routeComment } from './emit-routes.js';
import { regexLiteral, rulePredicate } from './emit-zod.js';
import type { Operation } from './operations.js';
import {
  describeRule,
  flattenAllOf,
  isRequirementAnyOf,
  listItemName,
  type Mode,
  modeOf,
  nonNullTypes,
  objectRules,
  splitNullableUnion,
  typeAllowsNull,
} from './schema-model.js';
import { type OpenApiDocument, refName, type SchemaObject } from './spec.js';

/**
 * The checks.ts slice: the same schemas as schemas.ts, built from @ummah/core's few check
 * functions instead of zod, so a client's bundle carries its request validation in a few kilobytes.
 * Every construct mirrors the zod emitter (strict constraints on requests, structure only on
 * responses, open enums, cross-field rules), and the schema tests hold the two to the same issues.
 */

/** The exported constant that holds the check of a component schema. */
export function checkConst(name: string): string {
  return `${name}Check`;
}

/** `{ a: 1, b: 2 }` without the absent entries, or '' when every entry is absent. */
function options(entries: Record<string, string | number | undefined>): string {
  const present = Object.entries(entries).filter(([, v]) => v !== undefined);
  return present.length === 0 ? '' : `{ ${present.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

const FORMATS: Record<string, string> = { email: 'email', uri: 'url', 'date-time': 'datetime' };

/** `string(…)` with the format, length and pattern of request data. */
function strictString(schema: SchemaObject): string {
  const format = schema.format === undefined ? undefined : FORMATS[schema.format];
  if (schema.format !== undefined && format === undefined)
    throw new Error(`unsupported string format ${schema.format}`);
  return `string(${options({
    format: format === undefined ? undefined : str(format),
    min: schema.minLength,
    max: schema.maxLength,
    pattern: schema.pattern === undefined ? undefined : regexLiteral(schema.pattern),
  })})`;
}

/** `number(…)` with the bounds of request data. */
function strictNumber(schema: SchemaObject, integer: boolean): string {
  return `number(${options({
    integer: integer ? 'true' : undefined,
    min: schema.minimum,
    gt: schema.exclusiveMinimum,
    max: schema.maximum,
    lt: schema.exclusiveMaximum,
  })})`;
}

/** The `[predicate, message, field?]` entries of an object's cross-field rules. */
function rules(schema: SchemaObject): string {
  const entries = objectRules(schema).map((rule) => {
    const field = rule.kind === 'anyRequired' ? '' : `, ${str(rule.field)}`;
    // The predicates read fields of a value whose shape was just checked.
    const predicate = rulePredicate(rule).replace(/^\(value\)/, '(value: Fields)');
    return `[${predicate}, ${str(describeRule(rule))}${field}]`;
  });
  return `[${entries.join(', ')}]`;
}

/** The check expression for a schema, in `strict` (request) or `loose` (response) mode. */
export function checkExpr(doc: OpenApiDocument, schema: SchemaObject, mode: Mode): string {
  if (schema.$ref) return checkConst(refName(schema.$ref, 'schemas'));
  if (schema.allOf) return checkExpr(doc, flattenAllOf(doc, schema), mode);
  const variants = isRequirementAnyOf(schema) ? schema.oneOf : (schema.anyOf ?? schema.oneOf);
  if (variants) {
    const split = splitNullableUnion(variants);
    const exprs = split.variants.map((v) => checkExpr(doc, v, mode));
    const base = exprs.length === 1 ? (exprs[0] as string) : `union([${exprs.join(', ')}])`;
    return split.nullable ? `nullable(${base})` : base;
  }
  const nullable = typeAllowsNull(schema);
  let base: string;
  if (schema.enum) {
    const values = schema.enum.map((v) => {
      if (typeof v !== 'string')
        throw new Error(`only string enums are supported, found ${JSON.stringify(v)}`);
      return str(v);
    });
    const open = mode === 'loose' || schema['x-open-enum'] === true;
    base = `${open ? 'openEnum' : 'oneOf'}([${values.join(', ')}])`;
  } else {
    const exprs = nonNullTypes(schema).map((t) => scalar(doc, schema, t, mode));
    if (exprs.length === 0) return nullable ? 'nullValue' : 'anyValue';
    base = exprs.length === 1 ? (exprs[0] as string) : `union([${exprs.join(', ')}])`;
  }
  return nullable ? `nullable(${base})` : base;
}

function scalar(doc: OpenApiDocument, schema: SchemaObject, type: string, mode: Mode): string {
  const strict = mode === 'strict';
  switch (type) {
    case 'string':
      return strict ? strictString(schema) : 'string()';
    case 'integer':
      return strict ? strictNumber(schema, true) : 'number()';
    case 'number':
      return strict ? strictNumber(schema, false) : 'number()';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = schema.items ? checkExpr(doc, schema.items, mode) : 'anyValue';
      const bounds = strict ? options({ min: schema.minItems, max: schema.maxItems }) : '';
      return `array(${item}${bounds === '' ? '' : `, ${bounds}`})`;
    }
    case 'object': {
      if (schema.properties && Object.keys(schema.properties).length > 0) {
        const required = new Set(schema.required ?? []);
        const fields = Object.entries(schema.properties).map(([name, prop]) => {
          const expr = checkExpr(doc, prop, mode);
          return `${key(name)}: ${required.has(name) ? expr : `optional(${expr})`}`;
        });
        const closed = schema.additionalProperties === false;
        const objectRules = strict ? rules(schema) : '[]';
        const tail = objectRules !== '[]' ? `, ${closed}, ${objectRules}` : closed ? ', true' : '';
        return `object({ ${fields.join(', ')} }${tail})`;
      }
      const max = strict ? schema.maxProperties : undefined;
      const entry =
        typeof schema.additionalProperties === 'object'
          ? checkExpr(doc, schema.additionalProperties, mode)
          : 'anyValue';
      return `record(${entry}${max === undefined ? '' : `, ${max}`})`;
    }
    default:
      throw new Error(`unsupported schema type ${type}`);
  }
}

/** The `export const XCheck = …` declaration of one component schema. */
export function checkDeclaration(doc: OpenApiDocument, name: string): string {
  const schema = doc.components.schemas[name];
  if (!schema) throw new Error(`unknown schema ${name}`);
  const mode = modeOf(doc, schema);
  const kind = mode === 'strict' ? 'Strict (request)' : 'Open (response)';
  const comment = jsdoc(`${kind} check of \`${name}\`.`, 0);
  const item = listItemName(doc, schema);
  const expr = item ? `listPage(${checkConst(item)})` : checkExpr(doc, flattenAllOf(doc, schema), mode);
  return `${comment}export const ${checkConst(name)}: Check = ${expr};\n`;
}

function checksEntry(op: Operation): string {
  const fields = [
    `query: ${op.querySchema ? checkConst(op.querySchema) : 'null'}`,
    `body: ${op.body ? checkConst(op.body.schema) : 'null'}`,
    `bodyRequired: ${op.body?.required === true}`,
    `response: ${op.response ? checkConst(op.response) : 'noValue'}`,
  ];
  return `${jsdoc(routeComment(op), 1)}  ${str(op.id)}: { ${fields.join(', ')} },`;
}

/** The names of @ummah/core's check functions `source` uses, for its import line. */
const CHECK_FUNCTIONS = [
  'anyValue',
  'array',
  'boolean',
  'listPage',
  'noValue',
  'nullable',
  'nullValue',
  'number',
  'object',
  'oneOf',
  'openEnum',
  'optional',
  'record',
  'string',
  'union',
];

/**
 * The content of checks.ts: a check per component schema (in dependency order) and `checks`, the
 * query, body and response checks of every operation, which clients hand to core's
 * `OperationCaller` through `validatorTable`.
 */
export function emitChecks(
  doc: OpenApiDocument,
  names: string[],
  operations: Operation[],
  header: string,
  example: { operation: string; body: unknown },
): string {
  const declarations = names.map((name) => checkDeclaration(doc, name)).join('\n');
  const table = operations.map(checksEntry).join('\n');
  const fields = declarations.includes('(value: Fields)')
    ? `
/** The fields of an object whose shape has been checked, as its cross-field rules read them. */
type Fields = Record<string, any>;
`
    : '';
  const used = CHECK_FUNCTIONS.filter((fn) => new RegExp(`\\b${fn}\\b`).test(`${declarations}\n${table}`));
  return `${header}

import { type Check, ${used.join(', ')}, type OperationChecks } from '@ummah/core';
import type { OperationId } from './routes.js';
${fields}
${declarations}
/**
 * The checks of every endpoint, keyed by operationId.
 *
 * @example
 * validatorTable(checks)[${str(example.operation)}].body?.safeParse(${literal(example.body)});
 */
export const checks = {
${table}
} as const satisfies Record<OperationId, OperationChecks>;
`;
}
