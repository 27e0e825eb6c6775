import { jsdoc, key, list, pad, str } from './code.js';
import {
  type Condition,
  describeRule,
  flattenAllOf,
  isRequirementAnyOf,
  listItemName,
  type Mode,
  modeOf,
  nonNullTypes,
  type ObjectRule,
  objectRules,
  splitNullableUnion,
  typeAllowsNull,
} from './schema-model.js';
import { type OpenApiDocument, refName, type SchemaObject } from './spec.js';

/** The exported constant that holds the zod schema of a component schema. */
export function schemaConst(name: string): string {
  return `${name}Schema`;
}

/**
 * Applies `.optional()` / `.nullable()`. A one-line schema gets the method chain; a multi-line one
 * the equivalent function form (`z.optional(…)`), which formatters leave as it is instead of
 * breaking the chain across lines.
 */
function wrap(modifier: 'optional' | 'nullable', expr: string): string {
  return expr.includes('\n') ? `z.${modifier}(${expr})` : `${expr}.${modifier}()`;
}

/** A JavaScript regular-expression literal for a JSON Schema `pattern`. */
export function regexLiteral(pattern: string): string {
  return `/${pattern.replace(/\//g, '\\/')}/`;
}

/** Numeric bounds, enforced on request data only. */
function numberChecks(schema: SchemaObject): string {
  let out = '';
  if (schema.minimum !== undefined) out += `.min(${schema.minimum})`;
  if (schema.exclusiveMinimum !== undefined) out += `.gt(${schema.exclusiveMinimum})`;
  if (schema.maximum !== undefined) out += `.max(${schema.maximum})`;
  if (schema.exclusiveMaximum !== undefined) out += `.lt(${schema.exclusiveMaximum})`;
  return out;
}

/** `z.string()` with the format, length and pattern of request data. */
function strictString(schema: SchemaObject): string {
  const formats: Record<string, string> = {
    email: 'z.email()',
    uri: 'z.url()',
    uuid: 'z.uuid()',
    'date-time': 'z.iso.datetime()',
    date: 'z.iso.date()',
  };
  let out = schema.format ? formats[schema.format] : 'z.string()';
  if (!out) throw new Error(`unsupported string format ${schema.format}`);
  if (schema.minLength !== undefined) out += `.min(${schema.minLength})`;
  if (schema.maxLength !== undefined) out += `.max(${schema.maxLength})`;
  if (schema.pattern !== undefined) out += `.regex(${regexLiteral(schema.pattern)})`;
  return out;
}

/** `value.field`, or `value['odd-field']` when the name is not an identifier. */
function access(field: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field) ? `value.${field}` : `value[${str(field)}]`;
}

/** A literal of a condition's value. */
function literal(value: Condition['value']): string {
  return typeof value === 'string' ? str(value) : String(value);
}

/** The predicate of a cross-field rule, over the parsed object `value`. */
export function rulePredicate(rule: ObjectRule): string {
  if (rule.kind === 'anyRequired') {
    const sets = rule.sets.map((set) => {
      const present = set.map((f) => `${access(f)} !== undefined`);
      return present.length === 1 || rule.sets.length === 1
        ? present.join(' && ')
        : `(${present.join(' && ')})`;
    });
    return `(value) => ${sets.join(' || ')}`;
  }
  const unless = `${access(rule.when.field)} !== ${literal(rule.when.value)}`;
  if (rule.kind === 'requiredWhen') return `(value) => ${unless} || ${access(rule.field)} !== undefined`;
  const field = access(rule.field);
  const b = rule.bounds;
  const checks = [
    b.minimum !== undefined ? `${field} >= ${b.minimum}` : '',
    b.exclusiveMinimum !== undefined ? `${field} > ${b.exclusiveMinimum}` : '',
    b.maximum !== undefined ? `${field} <= ${b.maximum}` : '',
    b.exclusiveMaximum !== undefined ? `${field} < ${b.exclusiveMaximum}` : '',
  ].filter(Boolean);
  const absent = rule.required ? '' : `${field} === undefined || `;
  return `(value) => ${unless} || ${absent}(${checks.join(' && ')})`;
}

/**
 * The `.refine(…)` calls that enforce an object's cross-field rules (request data only). Each
 * failure names the rule and, when the rule is about one field, points at it.
 */
function refinements(schema: SchemaObject): string {
  return objectRules(schema)
    .map((rule) => {
      const path = rule.kind === 'anyRequired' ? '' : `, path: [${str(rule.field)}]`;
      return `.refine(${rulePredicate(rule)}, { error: ${str(describeRule(rule))}${path} })`;
    })
    .join('');
}

/** The properties of an object schema as a zod shape at `level`. */
function shape(doc: OpenApiDocument, schema: SchemaObject, mode: Mode, level: number): string {
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const head = `${pad(level + 1)}${key(name)}: `;
    const expr = zodExpr(doc, prop, mode, level + 1, head.length);
    return `${head}${required.has(name) ? expr : wrap('optional', expr)},`;
  });
  return `{\n${lines.join('\n')}\n${pad(level)}}`;
}

/**
 * The zod expression for a schema. In `strict` mode every constraint is enforced; in `loose`
 * mode only the structure is checked, so a response the platform extends never fails to parse.
 */
export function zodExpr(
  doc: OpenApiDocument,
  schema: SchemaObject,
  mode: Mode,
  level: number,
  prefix = 0,
): string {
  if (schema.$ref) return schemaConst(refName(schema.$ref, 'schemas'));
  if (schema.allOf) return zodExpr(doc, flattenAllOf(doc, schema), mode, level, prefix);
  // A required-only anyOf is a rule of the object (see `refinements`), not a union.
  const variants = isRequirementAnyOf(schema) ? schema.oneOf : (schema.anyOf ?? schema.oneOf);
  if (variants) {
    const split = splitNullableUnion(variants);
    const exprs = split.variants.map((v) => zodExpr(doc, v, mode, level + 1));
    const base =
      exprs.length === 1 ? (exprs[0] as string) : `z.union(${list('[', exprs, ']', level, prefix)})`;
    return split.nullable ? wrap('nullable', base) : base;
  }
  const nullable = typeAllowsNull(schema);
  let base: string;
  if (schema.enum) {
    base = enumExpr(schema, mode === 'loose' || schema['x-open-enum'] === true, level, prefix);
  } else {
    const types = nonNullTypes(schema);
    const exprs = types.map((t) => scalar(doc, schema, t, mode, level, prefix));
    if (exprs.length === 0) return nullable ? 'z.null()' : 'z.unknown()';
    base = exprs.length === 1 ? (exprs[0] as string) : `z.union(${list('[', exprs, ']', level, prefix)})`;
  }
  return nullable ? wrap('nullable', base) : base;
}

/** A closed `z.enum`, or for open enums `openEnum`, which also accepts any other string. */
function enumExpr(schema: SchemaObject, open: boolean, level: number, prefix: number): string {
  const values = (schema.enum ?? []).map((v) => {
    if (typeof v !== 'string') throw new Error(`only string enums are supported, found ${JSON.stringify(v)}`);
    return str(v);
  });
  const fn = open ? 'openEnum' : 'z.enum';
  return `${fn}(${list('[', values, ']', level, prefix + fn.length + 1)})`;
}

/** One non-null JSON type of a schema. */
function scalar(
  doc: OpenApiDocument,
  schema: SchemaObject,
  type: string,
  mode: Mode,
  level: number,
  prefix: number,
) {
  const strict = mode === 'strict';
  switch (type) {
    case 'string':
      return strict ? strictString(schema) : 'z.string()';
    case 'integer':
      // Money and timestamps: safe integers on requests; responses are only checked to be numbers.
      return strict ? `z.int()${numberChecks(schema)}` : 'z.number()';
    case 'number':
      return strict ? `z.number()${numberChecks(schema)}` : 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'array': {
      const item = schema.items
        ? zodExpr(doc, schema.items, mode, level, prefix + 'z.array('.length)
        : 'z.unknown()';
      let out = `z.array(${item})`;
      if (strict && schema.minItems !== undefined) out += `.min(${schema.minItems})`;
      if (strict && schema.maxItems !== undefined) out += `.max(${schema.maxItems})`;
      return out;
    }
    case 'object': {
      if (schema.properties && Object.keys(schema.properties).length > 0) {
        if (schema.maxProperties !== undefined) throw new Error('maxProperties applies to maps only');
        const fn = schema.additionalProperties === false ? 'z.strictObject' : 'z.looseObject';
        // Rules are read (and checked) for every object, but enforced on request data only.
        const rules = refinements(schema);
        return `${fn}(${shape(doc, schema, mode, level)})${strict ? rules : ''}`;
      }
      if (schema.if || schema.anyOf)
        throw new Error('if/then and anyOf rules need an object with properties');
      const max =
        strict && schema.maxProperties !== undefined
          ? `.refine((value) => Object.keys(value).length <= ${schema.maxProperties}, { error: ${str(
              `at most ${schema.maxProperties} entries`,
            )} })`
          : '';
      if (typeof schema.additionalProperties === 'object') {
        return `z.record(z.string(), ${zodExpr(doc, schema.additionalProperties, mode, level)})${max}`;
      }
      return `z.record(z.string(), z.unknown())${max}`;
    }
    default:
      throw new Error(`unsupported schema type ${type}`);
  }
}

/** The `export const XSchema = …` declaration of one component schema. */
export function zodDeclaration(doc: OpenApiDocument, name: string): string {
  const schema = doc.components.schemas[name];
  if (!schema) throw new Error(`unknown schema ${name}`);
  const mode = modeOf(doc, schema);
  const kind = mode === 'strict' ? 'Strict (request)' : 'Open (response)';
  const comment = jsdoc(`${kind} schema of \`${name}\`.`, 0);
  const head = `export const ${schemaConst(name)} = `;
  const item = listItemName(doc, schema);
  if (item) return `${comment}${head}listResponseSchema(${schemaConst(item)});\n`;
  return `${comment}${head}${zodExpr(doc, flattenAllOf(doc, schema), mode, 0, head.length)};\n`;
}

/** The helper every generated schema file starts with: open enums. */
const OPEN_ENUM_HELPER = `/**
 * An enum of response data: the known values are listed (and typed) but any other string passes
 * too, so a status the platform adds later never breaks a merchant's app.
 *
 * @example
 * openEnum(['paid', 'refunded']).parse('chargeback'); // → 'chargeback'
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}
`;

/** The list envelope helper, for descriptions whose lists are `{ results, next, previous }` pages. */
const LIST_RESPONSE_HELPER = `/**
 * The schema of a page of a list endpoint: \`{ results, next, previous }\` around the item schema.
 *
 * @example
 * const page = listResponseSchema(ClientSchema).parse(body);
 */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    results: z.array(item),
    next: z.string().nullable(),
    previous: z.string().nullable(),
  });
}
`;

/**
 * The helpers a generated schema file starts with: open enums, and the list envelope when the
 * description has `{ results, next, previous }` pages.
 */
export function schemaHelpers(listEnvelope: boolean): string {
  return listEnvelope ? `${OPEN_ENUM_HELPER}\n${LIST_RESPONSE_HELPER}` : OPEN_ENUM_HELPER;
}
