import type { RequestIssue, SchemaIssue } from '@ummah/core';
import { toMinorUnits } from './flat-purchase-form.js';

/**
 * Joins an issue path with dots, the convention of core's `RequestIssue` and of the gateway's own
 * `details` keys: `['purchase', 'products', 0, 'price']` → `purchase.products.0.price`.
 * An empty result means the argument as a whole.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment) => String(segment)).join('.');
}

/** Reads the value at an issue path, so "missing" can be told apart from "wrong type" without the checks echoing input. */
function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'a decimal number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean (true or false)',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** Field names that hold money, which the gateway takes as integers in the smallest unit. */
const MONEY_FIELDS = new Set(['amount', 'price', 'discount', 'total', 'subtotal']);
const MONEY_HINT = 'in the smallest currency unit (2999 for 29.99)';

function isMoneyField(path: ReadonlyArray<PropertyKey>): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && (MONEY_FIELDS.has(last) || last.endsWith('_amount'));
}

/** Plain-words messages for the code patterns the schema uses, keyed by the pattern literal the issue carries. */
const PATTERN_MESSAGES: Record<string, string> = {
  '/^[A-Z]{3}$/': 'Must be a 3-letter ISO 4217 currency code in upper case, e.g. USD',
  '/^[A-Z]{2}$/': 'Must be a 2-letter ISO 3166 country code in upper case, e.g. US',
};

function tooSmallMessage(origin: string, minimum: number | bigint, inclusive: boolean | undefined): string {
  const one = Number(minimum) === 1;
  if (origin === 'array' || origin === 'set')
    return one ? 'Must contain at least one item' : `Must contain at least ${minimum} items`;
  if (origin === 'string') return one ? 'Must not be empty' : `Must be at least ${minimum} characters long`;
  return inclusive === false ? `Must be greater than ${minimum}` : `Must be at least ${minimum}`;
}

function tooBigMessage(origin: string, maximum: number | bigint, inclusive: boolean | undefined): string {
  if (origin === 'array' || origin === 'set') return `Must contain at most ${maximum} items`;
  if (origin === 'string') return `Must be at most ${maximum} characters long`;
  return inclusive === false ? `Must be less than ${maximum}` : `Must be at most ${maximum}`;
}

function formatMessage(issue: SchemaIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return 'Required';
      if (isMoneyField(issue.path) && (issue.expected === 'int' || issue.expected === 'number')) {
        // The reference's own recipes write money as decimal strings ('135.00'): say what to write.
        const minor = toMinorUnits(value);
        const received = `Expected an integer ${MONEY_HINT}, received ${JSON.stringify(value)}`;
        // A whole-number string ('1350') may already be in minor units or may mean 1350.00: a
        // single suggestion would be wrong by 100× for one of the two readings, so name both.
        if (typeof value === 'string' && minor !== undefined && /^\s*\d+\s*$/.test(value))
          return `${received}: write ${Number(value)}, or ${minor} if you meant ${Number(value)}.00`;
        if (minor !== undefined && (typeof value === 'string' || !Number.isInteger(value)))
          return `${received}: write ${minor}`;
        return `Expected an integer ${MONEY_HINT}, received ${describeType(value)}`;
      }
      return `Expected ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, received ${describeType(value)}`;
    }
    case 'too_small':
      if (issue.exact)
        return `Must be exactly ${issue.minimum}${issue.origin === 'string' ? ' characters' : ''}`;
      return tooSmallMessage(issue.origin, issue.minimum, issue.inclusive);
    case 'too_big':
      if (issue.exact)
        return `Must be exactly ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`;
      return tooBigMessage(issue.origin, issue.maximum, issue.inclusive);
    case 'invalid_format':
      if (issue.format === 'email') return 'Must be a valid email address';
      if (issue.format === 'url') return 'Must be a valid URL';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Must be a UUID';
      if (issue.format === 'regex' && issue.pattern !== undefined) {
        const known = PATTERN_MESSAGES[issue.pattern];
        if (known !== undefined) return known;
      }
      // Schema authors may attach a precise message; keep it.
      return issue.message;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * Picks the union branch that came closest to matching, so a merchant sees "client.email is
 * required" instead of a generic "Invalid input" for `oneOf` shapes: fewest issues first,
 * then the deepest ones (a deep issue means the input already had that branch's shape).
 */
function closestBranch(
  branches: ReadonlyArray<ReadonlyArray<SchemaIssue>>,
): ReadonlyArray<SchemaIssue> | undefined {
  const depth = (branch: ReadonlyArray<SchemaIssue>): number =>
    Math.max(...branch.map((issue) => issue.path.length));
  let best: ReadonlyArray<SchemaIssue> | undefined;
  for (const branch of branches) {
    if (branch.length === 0) continue;
    if (
      best === undefined ||
      branch.length < best.length ||
      (branch.length === best.length && depth(branch) > depth(best))
    ) {
      best = branch;
    }
  }
  return best;
}

/**
 * Flattens the issues of the generated checks into one `{ path, message }` per offending field, with every unknown key
 * reported on its own path so a typo such as `amout` points at itself.
 *
 * @param issues The issues of a failed check (`safeParse`).
 * @param input The value that was parsed; read only to tell missing fields from wrong ones.
 */
export function formatIssues(issues: ReadonlyArray<SchemaIssue>, input: unknown): RequestIssue[] {
  const out: RequestIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key]), message: 'Unknown parameter' });
      }
      continue;
    }
    if (issue.code === 'invalid_union') {
      const branch = closestBranch(issue.errors);
      if (branch) {
        // Branch issues are relative to the union itself.
        const nested = branch.map(
          (inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as SchemaIssue,
        );
        out.push(...formatIssues(nested, input));
        continue;
      }
    }
    out.push({ path: formatPath(issue.path), message: formatMessage(issue, input) });
  }
  return out;
}
