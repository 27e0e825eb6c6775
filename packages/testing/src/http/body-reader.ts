import { badRequest, type FieldErrors } from './gateway-error';

/** A JSON object as received in a request body. */
export type JsonObject = Record<string, unknown>;

const REQUIRED = 'This field is required.';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CURRENCY = /^[A-Z]{3}$/;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;

/** True for plain JSON objects (not arrays, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface FieldOptions {
  /** Report "This field is required." when absent. @default false */
  readonly required?: boolean;
}

/**
 * Reads fields out of a request body and collects validation messages in the gateway's
 * (Django REST framework) wording, keyed by dotted path, so one response reports every bad field.
 *
 * @example
 * const reader = new BodyReader(body);
 * const email = reader.email('email', { required: true });
 * reader.assertValid(); // throws a 400 GatewayError listing every problem
 */
export class BodyReader {
  readonly #root: JsonObject;
  readonly #prefix: string;
  readonly #errors: FieldErrors;

  constructor(root: JsonObject, prefix = '', errors: FieldErrors = {}) {
    this.#root = root;
    this.#prefix = prefix;
    this.#errors = errors;
  }

  /** The collected errors so far (shared with nested readers). */
  get errors(): FieldErrors {
    return this.#errors;
  }

  /** Records an error against a field of this reader. */
  fail(field: string, message: string): void {
    const key = this.#prefix + field;
    const list = this.#errors[key] ?? [];
    list.push(message);
    this.#errors[key] = list;
  }

  /** True when the field is present (even if null). */
  has(field: string): boolean {
    return Object.hasOwn(this.#root, field);
  }

  #raw(field: string, options: FieldOptions): unknown {
    const value = this.#root[field];
    if ((value === undefined || value === null) && options.required) this.fail(field, REQUIRED);
    return value ?? undefined;
  }

  /** A string field. */
  string(field: string, options: FieldOptions & { readonly maxLength?: number } = {}): string | undefined {
    const value = this.#raw(field, options);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.fail(field, 'Not a valid string.');
      return undefined;
    }
    if (options.required && value.trim() === '') {
      this.fail(field, 'This field may not be blank.');
      return undefined;
    }
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      this.fail(field, `Ensure this field has no more than ${options.maxLength} characters.`);
    }
    return value;
  }

  /** An email address field. */
  email(field: string, options: FieldOptions = {}): string | undefined {
    const value = this.string(field, options);
    if (value !== undefined && value !== '' && !EMAIL.test(value))
      this.fail(field, 'Enter a valid email address.');
    return value;
  }

  /** An absolute http(s) URL field. */
  url(field: string, options: FieldOptions = {}): string | undefined {
    const value = this.string(field, options);
    if (value !== undefined && value !== '' && !URL_PATTERN.test(value))
      this.fail(field, 'Enter a valid URL.');
    return value;
  }

  /** A 3-letter upper-case ISO 4217 currency code. */
  currency(field: string, options: FieldOptions = {}): string | undefined {
    const value = this.string(field, options);
    if (value !== undefined && !CURRENCY.test(value))
      this.fail(field, 'Enter a valid 3-letter ISO 4217 currency code.');
    return value;
  }

  /** An integer field with an optional lower bound (money is integers in the smallest unit). */
  integer(field: string, options: FieldOptions & { readonly min?: number } = {}): number | undefined {
    const value = this.#raw(field, options);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      this.fail(field, 'A valid integer is required.');
      return undefined;
    }
    if (options.min !== undefined && value < options.min) {
      this.fail(field, `Ensure this value is greater than or equal to ${options.min}.`);
      return undefined;
    }
    return value;
  }

  /** A finite number field (quantities, percentages) with optional bounds. */
  number(
    field: string,
    options: FieldOptions & {
      readonly min?: number;
      readonly max?: number;
      readonly exclusiveMin?: number;
    } = {},
  ): number | undefined {
    const value = this.#raw(field, options);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(field, 'A valid number is required.');
      return undefined;
    }
    if (options.exclusiveMin !== undefined && value <= options.exclusiveMin) {
      this.fail(field, `Ensure this value is greater than ${options.exclusiveMin}.`);
      return undefined;
    }
    if (options.min !== undefined && value < options.min) {
      this.fail(field, `Ensure this value is greater than or equal to ${options.min}.`);
      return undefined;
    }
    if (options.max !== undefined && value > options.max) {
      this.fail(field, `Ensure this value is less than or equal to ${options.max}.`);
      return undefined;
    }
    return value;
  }

  /** A boolean field. */
  boolean(field: string, options: FieldOptions = {}): boolean | undefined {
    const value = this.#raw(field, options);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      this.fail(field, 'Must be a valid boolean.');
      return undefined;
    }
    return value;
  }

  /** A string field restricted to a closed set of values. */
  choice<T extends string>(field: string, choices: readonly T[], options: FieldOptions = {}): T | undefined {
    const value = this.string(field, options);
    if (value === undefined) return undefined;
    if (!(choices as readonly string[]).includes(value)) {
      this.fail(field, `"${value}" is not a valid choice.`);
      return undefined;
    }
    return value as T;
  }

  /** A nested object, read with its own reader whose errors share this one's. */
  object(field: string, options: FieldOptions = {}): BodyReader | undefined {
    const value = this.#raw(field, options);
    if (value === undefined) return undefined;
    if (!isJsonObject(value)) {
      this.fail(field, 'Invalid data. Expected a dictionary.');
      return undefined;
    }
    return new BodyReader(value, `${this.#prefix}${field}.`, this.#errors);
  }

  /** An array of nested objects, each read with its own reader (paths like `products.0.name`). */
  objects(
    field: string,
    options: FieldOptions & { readonly minItems?: number } = {},
  ): BodyReader[] | undefined {
    const value = this.#raw(field, options);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.fail(field, 'Expected a list of items.');
      return undefined;
    }
    if (options.minItems !== undefined && value.length < options.minItems) {
      this.fail(field, 'This list may not be empty.');
    }
    return value.flatMap((item, index) => {
      if (!isJsonObject(item)) {
        this.fail(`${field}.${index}`, 'Invalid data. Expected a dictionary.');
        return [];
      }
      return [new BodyReader(item, `${this.#prefix}${field}.${index}.`, this.#errors)];
    });
  }

  /** An array of strings. */
  strings(field: string, options: FieldOptions = {}): string[] | undefined {
    const value = this.#raw(field, options);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      this.fail(field, 'Expected a list of strings.');
      return undefined;
    }
    return value as string[];
  }

  /** Throws a 400 `GatewayError` when any field failed. */
  assertValid(): void {
    if (Object.keys(this.#errors).length > 0) throw badRequest(this.#errors);
  }
}
