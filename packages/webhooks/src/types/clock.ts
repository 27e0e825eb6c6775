// How the verifier tells the time: its clock and how far a signed timestamp may stray from it.

/**
 * How far a signed timestamp may lie from the verifier's clock, in seconds. A number applies to both
 * directions; an object sets them separately.
 *
 * @default 300
 */
export type Tolerance = number | { readonly past?: number; readonly future?: number };

/**
 * The verifier's clock: a `Date`, epoch milliseconds (like `Date.now()`), or a function returning either.
 *
 * @default Date.now
 */
export type Clock = Date | number | (() => Date | number);
