/** A path into the checked value: object keys and array indexes, outermost first. */
export type IssuePath = readonly PropertyKey[];

/**
 * One problem found by a {@link Check}. The codes, fields and English messages are those of zod
 * 4's issues, so a formatter written for zod's issues reads these unchanged, and a client that
 * shows `message` as it is says what it said when its validators were zod schemas.
 */
export type SchemaIssue =
  | {
      readonly code: 'invalid_type';
      readonly path: IssuePath;
      /** `'string'`, `'number'`, `'int'`, `'boolean'`, `'object'`, `'record'`, `'array'`, `'null'`, `'void'` or `'nonoptional'`. */
      readonly expected: string;
      readonly message: string;
    }
  | {
      readonly code: 'too_small';
      readonly path: IssuePath;
      /** `'string'` (length), `'array'` (items), `'number'` or `'int'` (the safe-integer range). */
      readonly origin: string;
      readonly minimum: number;
      readonly inclusive: boolean;
      readonly exact?: boolean;
      readonly message: string;
    }
  | {
      readonly code: 'too_big';
      readonly path: IssuePath;
      /** `'string'` (length), `'array'` (items), `'number'` or `'int'` (the safe-integer range). */
      readonly origin: string;
      readonly maximum: number;
      readonly inclusive: boolean;
      readonly exact?: boolean;
      readonly message: string;
    }
  | {
      readonly code: 'invalid_format';
      readonly path: IssuePath;
      /** `'regex'`, `'email'`, `'url'` or `'datetime'`. */
      readonly format: string;
      /** For `'regex'`: the pattern as a literal, e.g. `/^[A-Z]{3}$/`. */
      readonly pattern?: string;
      readonly origin?: string;
      readonly message: string;
    }
  | {
      readonly code: 'invalid_value';
      readonly path: IssuePath;
      readonly values: readonly string[];
      readonly message: string;
    }
  | {
      readonly code: 'unrecognized_keys';
      readonly path: IssuePath;
      readonly keys: readonly string[];
      readonly message: string;
    }
  | {
      readonly code: 'invalid_union';
      readonly path: IssuePath;
      /** The issues of each branch, with paths relative to the union. */
      readonly errors: ReadonlyArray<readonly SchemaIssue[]>;
      readonly message: string;
    }
  | { readonly code: 'custom'; readonly path: IssuePath; readonly message: string };
