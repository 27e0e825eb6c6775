/**
 * Cross-copy error identity.
 *
 * `instanceof` fails when an app loads two copies of this package (ESM and CJS builds, or two
 * versions in node_modules). Each error class therefore stamps a kind on its prototype under a
 * registry symbol (`Symbol.for`), which is shared by every copy in the realm, and the type guards
 * walk the prototype chain looking for that kind.
 */
const KIND: unique symbol = Symbol.for('ummah.error.kind') as never;

/** Stamps `kind` on a class prototype so {@link hasErrorKind} recognises its instances. */
export function defineErrorKind(target: { prototype: object }, kind: string): void {
  Object.defineProperty(target.prototype, KIND, { value: kind, enumerable: false, writable: false });
}

/** True when `value` is an instance (from any copy of this package) of the class stamped `kind`. */
export function hasErrorKind(value: unknown, kind: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  let proto: object | null = Object.getPrototypeOf(value) as object | null;
  while (proto !== null) {
    if (Object.hasOwn(proto, KIND) && (proto as Record<symbol, unknown>)[KIND] === kind) return true;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

/**
 * A type guard for the error class stamped `kind` (see {@link defineErrorKind}). Unlike
 * `instanceof`, it recognises instances from any copy of the package that defines the class.
 *
 * @example
 * export const isStatementFailedError = errorGuard<StatementFailedError>('StatementFailedError');
 */
export function errorGuard<T extends Error>(kind: string): (value: unknown) => value is T {
  return (value: unknown): value is T => hasErrorKind(value, kind);
}
