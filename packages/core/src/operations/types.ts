import type { RequestIssue } from '../errors/index.js';

/**
 * The outcome of a structural validator. Zod 4 schemas return exactly this from `safeParse`, but
 * any object of this shape works: core does not depend on a validation library.
 */
export type SafeParseResult<I> =
  | { readonly success: true; readonly data?: unknown }
  | { readonly success: false; readonly error: { readonly issues: readonly I[] } };

/** Anything with a zod-like `safeParse`; `I` is the validator's issue type. */
export interface StructuralValidator<I = unknown> {
  safeParse(value: unknown): SafeParseResult<I>;
}

/** How a list operation pages. */
export type OperationPagination = 'next-url' | 'offset';

/** The part of a generated route the caller needs. */
export interface OperationRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path relative to the base URL, with `{name}` placeholders. */
  readonly path: string;
  /** Names of the placeholders of `path`, in order. */
  readonly pathParams: readonly string[];
  /** How the list pages, or null (or absent) for a single-object operation. */
  readonly pagination?: OperationPagination | null;
  /** For `'offset'` lists: the response property holding the items. @default 'results' */
  readonly itemsField?: string | null;
  /** `'none'` for an operation declared to return no body: it may then succeed without JSON. @default 'json' */
  readonly responseBody?: 'json' | 'none';
  /** Names of the query parameters. Absent: unknown, so the validators are consulted. */
  readonly queryParams?: readonly string[];
  /** Whether the operation takes a body. Absent: unknown, so the validators are consulted. */
  readonly hasBody?: boolean;
}

/** Validators of every operation, keyed like the routes. */
export type OperationValidatorTable<I = unknown> = Readonly<Record<string, OperationValidatorSet<I>>>;

/** The validators of one operation. */
export interface OperationValidatorSet<I = unknown> {
  readonly query: StructuralValidator<I> | null;
  readonly body: StructuralValidator<I> | null;
  /** Whether a body must be given. */
  readonly bodyRequired: boolean;
  /** The success response. */
  readonly response: StructuralValidator<I>;
}

/** The arguments of one call, before validation. */
export interface OperationInput {
  /** Values of the path placeholders, by name. */
  pathParams?: Readonly<Record<string, unknown>>;
  query?: unknown;
  body?: unknown;
}

/** Configuration of an {@link OperationCaller}. */
export interface OperationCallerConfig<I = unknown> {
  /** Every operation, keyed by id (e.g. `'orders.list'`). */
  routes: Readonly<Record<string, OperationRoute>>;
  /**
   * Validators of every operation, keyed like `routes`; or a function that loads them (a dynamic
   * `import()`), called once, by the first call that has input to check or a response to check. A
   * cold process whose first call is a plain `retrieve` then never loads the validation library.
   */
  validators: OperationValidatorTable<I> | (() => Promise<OperationValidatorTable<I>>);
  /** Check query and body before sending. @default true */
  validateRequests?: boolean;
  /**
   * Turns a validator's issues into `RequestIssue`s; `input` is the value that was checked.
   * @default each issue's `path` joined with dots and its `message`
   */
  formatIssues?: (issues: readonly I[], input: unknown) => RequestIssue[];
  /** Builds the error a refused call rejects with. @default `InvalidRequestError` */
  requestError?: (operation: string, issues: RequestIssue[]) => Error;
  /**
   * Checks a success body (each page of a list); throwing rejects the call. Absent: no check.
   * For `'next-url'` lists it receives `{ results, next, previous }` with absent links as null.
   */
  checkResponse?: (operation: string, validator: StructuralValidator<I>, data: unknown) => void;
  /**
   * Whether a POST may be sent again after a failure. Set false for an API with no idempotency
   * mechanism: POSTs are then sent once, never replayed. @default true
   */
  retryPosts?: boolean;
}
