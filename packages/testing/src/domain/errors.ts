/** Messages per field, keyed by dotted field path (`clients.1.client_id`), in the gateway's wording. */
export type FieldErrors = Record<string, string[]>;

/**
 * Why the domain refused an operation. The HTTP layer maps each code to the gateway's status and
 * error body in one place (`pipeline/error-response.ts`), so `switch (error.code)` narrows.
 */
export type DomainErrorCode = 'not_found' | 'invalid_state' | 'invalid_fields';

/** An operation the gateway's rules refuse: an unknown object, a forbidden transition, a bad field. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** The fields at fault, for `invalid_fields`; empty otherwise. */
  readonly fields: Readonly<FieldErrors>;

  constructor(code: DomainErrorCode, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
  }
}

/** The object does not exist (or is not reachable from the one named with it). */
export function notFound(message = 'Object with this ID does not exist.'): DomainError {
  return new DomainError('not_found', message);
}

/** The object's current state forbids the operation, e.g. refunding an unpaid purchase. */
export function invalidState(message: string): DomainError {
  return new DomainError('invalid_state', message);
}

/** Fields that are well-formed but refused by the gateway's rules, e.g. an unknown `client_id`. */
export function invalidFields(fields: FieldErrors): DomainError {
  return new DomainError('invalid_fields', 'Invalid request fields.', fields);
}

/** One refused field. */
export function invalidField(field: string, message: string): DomainError {
  return invalidFields({ [field]: [message] });
}
