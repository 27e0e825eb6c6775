import type { SchemaIssue } from './schema-issue.js';

/**
 * A compiled check of one JSON value: pushes every problem it finds at `path` to `out`. The
 * generated request and response descriptions are built from these few functions instead of a
 * validation library, so an edge bundle ships a few kilobytes of checks rather than the library.
 * The issues, their order and which checks are skipped after a type error follow zod 4, so the
 * same input yields the same messages as the zod schemas generated from the same description.
 */
export interface Check {
  (value: unknown, path: readonly PropertyKey[], out: SchemaIssue[]): void;
  /** Set by {@link optional}: an absent (undefined) value passes. */
  readonly optional?: true;
  /** Set by {@link anyValue}: any value passes, but an object must have the key. */
  readonly any?: true;
}

/** The constraints of {@link string}, checked in this order after the type. */
export interface StringOptions {
  /** A format: an email address, an absolute URL, or an ISO 8601 UTC date-time. */
  readonly format?: 'email' | 'url' | 'datetime';
  /** Minimum length. */
  readonly min?: number;
  /** Maximum length. */
  readonly max?: number;
  readonly pattern?: RegExp;
}

/** The constraints of {@link number}, checked in this order after the type. */
export interface NumberOptions {
  /** A safe integer, not only a finite number. */
  readonly integer?: boolean;
  /** Inclusive minimum. */
  readonly min?: number;
  /** Exclusive minimum. */
  readonly gt?: number;
  /** Inclusive maximum. */
  readonly max?: number;
  /** Exclusive maximum. */
  readonly lt?: number;
}

/** The item count bounds of {@link array}. */
export interface ArrayOptions {
  readonly min?: number;
  readonly max?: number;
}

/** Issues of these codes mean "the value has the wrong shape": later checks of the same value are skipped. */
const ABORTING = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

/** Whether `out` holds, from index `from`, an issue that stops the value's further checks. */
const aborted = (out: readonly SchemaIssue[], from: number): boolean =>
  out.slice(from).some((issue) => ABORTING.has(issue.code));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const at = (path: readonly PropertyKey[], key: PropertyKey): PropertyKey[] => [...path, key];

/** The kind of value a type error names: `array`, `null`, `NaN`, `Infinity`, or its `typeof`. */
function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/** A wrong-type issue, worded as zod 4's English messages are (clients without their own wording show these). */
const typeIssue = (path: readonly PropertyKey[], expected: string, value: unknown): SchemaIssue => ({
  code: 'invalid_type',
  path,
  expected,
  message: `Invalid input: expected ${expected}, received ${received(value)}`,
});

/** A bound issue: a length (`string`, `array`) or a value (`number`, `int`) out of range. */
function boundIssue(
  code: 'too_small' | 'too_big',
  path: readonly PropertyKey[],
  origin: string,
  limit: number,
  inclusive: boolean,
): SchemaIssue {
  const small = code === 'too_small';
  const unit = origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';
  const relation = `${small ? '>' : '<'}${inclusive ? '=' : ''}${limit}`;
  const message = `Too ${small ? 'small' : 'big'}: expected ${origin} to ${unit === '' ? 'be' : 'have'} ${relation}${unit}`;
  return small
    ? { code, path, origin, minimum: limit, inclusive, message }
    : { code, path, origin, maximum: limit, inclusive, message };
}

/** A value that is `undefined` passes; so does a missing key of an object. */
export function optional(check: Check): Check {
  const result = (value: unknown, path: readonly PropertyKey[], out: SchemaIssue[]) => {
    if (value !== undefined) check(value, path, out);
  };
  return Object.assign(result, { optional: true as const });
}

/** `null` passes; any other value must pass `check`. */
export function nullable(check: Check): Check {
  const result = (value: unknown, path: readonly PropertyKey[], out: SchemaIssue[]) => {
    if (value !== null) check(value, path, out);
  };
  return check.optional ? Object.assign(result, { optional: true as const }) : result;
}

/** Any value (`{}` in JSON Schema). */
export const anyValue: Check = Object.assign(() => {}, { any: true as const });

/** Exactly `null`. */
export const nullValue: Check = (value, path, out) => {
  if (value !== null) out.push(typeIssue(path, 'null', value));
};

/** Nothing at all: the body of a 204 answer. */
export const noValue: Check = (value, path, out) => {
  if (value !== undefined) out.push(typeIssue(path, 'void', value));
};

/** `true` or `false`. */
export const boolean: Check = (value, path, out) => {
  if (typeof value !== 'boolean') out.push(typeIssue(path, 'boolean', value));
};

const EMAIL = /^[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

function isUrl(value: string): boolean {
  try {
    new URL(value.trim());
    return true;
  } catch {
    return false;
  }
}

/** An ISO 8601 UTC date-time (`2025-01-31T12:00:00Z`) whose day exists in its month. */
function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCFullYear() === year;
}

/** The formats of request strings; `origin` is set where zod 4 sets it. */
const FORMATS = {
  email: { test: (value: string) => EMAIL.test(value), message: 'Invalid email address', origin: 'string' },
  url: { test: isUrl, message: 'Invalid URL', origin: undefined },
  datetime: { test: isDateTime, message: 'Invalid ISO datetime', origin: 'string' },
} as const;

/** A string, with an optional format, length bounds and pattern, checked in that order. */
export function string(options: StringOptions = {}): Check {
  const { format, min, max, pattern } = options;
  return (value, path, out) => {
    if (typeof value !== 'string') {
      out.push(typeIssue(path, 'string', value));
      return;
    }
    if (format !== undefined && !FORMATS[format].test(value)) {
      const { message, origin } = FORMATS[format];
      out.push({
        code: 'invalid_format',
        path,
        format,
        message,
        ...(origin === undefined ? {} : { origin }),
      });
    }
    if (min !== undefined && value.length < min) {
      out.push(boundIssue('too_small', path, 'string', min, true));
    }
    if (max !== undefined && value.length > max) {
      out.push(boundIssue('too_big', path, 'string', max, true));
    }
    if (pattern !== undefined && !pattern.test(value)) {
      const literal = String(pattern);
      out.push({
        code: 'invalid_format',
        path,
        origin: 'string',
        format: 'regex',
        pattern: literal,
        message: `Invalid string: must match pattern ${literal}`,
      });
    }
  };
}

/** A finite number; `integer` also requires a safe integer. Bounds are checked after the type. */
export function number(options: NumberOptions = {}): Check {
  const { integer, min, gt, max, lt } = options;
  return (value, path, out) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      out.push(typeIssue(path, 'number', value));
      return;
    }
    if (integer) {
      if (!Number.isInteger(value)) {
        out.push(typeIssue(path, 'int', value));
        return;
      }
      if (value > Number.MAX_SAFE_INTEGER)
        out.push(boundIssue('too_big', path, 'int', Number.MAX_SAFE_INTEGER, true));
      if (value < Number.MIN_SAFE_INTEGER)
        out.push(boundIssue('too_small', path, 'int', Number.MIN_SAFE_INTEGER, true));
    }
    if (min !== undefined && value < min) out.push(boundIssue('too_small', path, 'number', min, true));
    if (gt !== undefined && value <= gt) out.push(boundIssue('too_small', path, 'number', gt, false));
    if (max !== undefined && value > max) out.push(boundIssue('too_big', path, 'number', max, true));
    if (lt !== undefined && value >= lt) out.push(boundIssue('too_big', path, 'number', lt, false));
  };
}

/** One of the listed strings (a closed enum). */
export function oneOf(values: readonly string[]): Check {
  const quoted = values.map((v) => JSON.stringify(v));
  const message =
    quoted.length === 1
      ? `Invalid input: expected ${quoted[0]}`
      : `Invalid option: expected one of ${quoted.join('|')}`;
  return (value, path, out) => {
    if (!values.includes(value as string)) out.push({ code: 'invalid_value', path, values, message });
  };
}

/**
 * The first check that passes wins. When none does: if exactly one branch failed only on
 * refinements (its shape fitted), its issues; otherwise one `invalid_union` with every branch's.
 */
export function union(branches: readonly Check[]): Check {
  return (value, path, out) => {
    const results: SchemaIssue[][] = [];
    for (const branch of branches) {
      const issues: SchemaIssue[] = [];
      branch(value, [], issues);
      if (issues.length === 0) return;
      results.push(issues);
    }
    const fitting = results.filter((issues) => !aborted(issues, 0));
    if (fitting.length === 1) {
      for (const issue of fitting[0] as SchemaIssue[]) out.push({ ...issue, path: [...path, ...issue.path] });
      return;
    }
    out.push({ code: 'invalid_union', path, errors: results, message: 'Invalid input' });
  };
}

/**
 * An enum of response data: the known values are listed but any other string passes too, so a
 * status the platform adds later never breaks a merchant's app.
 */
export function openEnum(values: readonly string[]): Check {
  return union([oneOf(values), string()]);
}

/** An array of `item`; too many items is reported alone, before the items are looked at. */
export function array(item: Check, options: ArrayOptions = {}): Check {
  const { min, max } = options;
  return (value, path, out) => {
    if (!Array.isArray(value)) {
      out.push(typeIssue(path, 'array', value));
      return;
    }
    if (max !== undefined && value.length > max) {
      out.push(boundIssue('too_big', path, 'array', max, true));
      return;
    }
    for (let index = 0; index < value.length; index++) item(value[index], at(path, index), out);
    if (min !== undefined && value.length < min) out.push(boundIssue('too_small', path, 'array', min, true));
  };
}

/** A cross-field rule of an object: the predicate, what it requires, and the field it is about. */
export type ObjectRule = readonly [
  holds: (value: Record<string, unknown>) => boolean,
  message: string,
  field?: string,
];

/**
 * An object with the listed properties. `strict` refuses unknown keys (request bodies); otherwise
 * they pass (responses the platform extends). `rules` run once every property has the right shape.
 */
export function object(
  shape: Readonly<Record<string, Check>>,
  strict = false,
  rules: readonly ObjectRule[] = [],
): Check {
  const keys = Object.keys(shape);
  return (value, path, out) => {
    if (!isPlainObject(value)) {
      out.push(typeIssue(path, 'object', value));
      return;
    }
    const from = out.length;
    for (const key of keys) {
      const check = shape[key] as Check;
      if (check.any) {
        if (!(key in value)) out.push(typeIssue(at(path, key), 'nonoptional', value[key]));
      } else if (!(check.optional && value[key] === undefined)) {
        check(value[key], at(path, key), out);
      }
    }
    if (strict) {
      const unknown = Object.keys(value).filter((key) => !(key in shape));
      if (unknown.length > 0) {
        const list = unknown.map((key) => JSON.stringify(key)).join(', ');
        const message = `Unrecognized key${unknown.length === 1 ? '' : 's'}: ${list}`;
        out.push({ code: 'unrecognized_keys', path, keys: unknown, message });
      }
    }
    if (rules.length === 0 || aborted(out, from)) return;
    for (const [holds, message, field] of rules) {
      if (!holds(value))
        out.push({ code: 'custom', path: field === undefined ? path : at(path, field), message });
    }
  };
}

/** An object used as a map of `entry` values, with at most `maxEntries` keys when given. */
export function record(entry: Check, maxEntries?: number): Check {
  return (value, path, out) => {
    if (!isPlainObject(value)) {
      out.push(typeIssue(path, 'record', value));
      return;
    }
    const from = out.length;
    for (const key of Object.keys(value)) entry(value[key], at(path, key), out);
    if (maxEntries !== undefined && !aborted(out, from) && Object.keys(value).length > maxEntries)
      out.push({ code: 'custom', path, message: `at most ${maxEntries} entries` });
  };
}

/** A page of a list endpoint: `{ results, next, previous }` around the item check. */
export function listPage(item: Check): Check {
  return object({ results: array(item), next: nullable(string()), previous: nullable(string()) });
}
