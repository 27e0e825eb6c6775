// Every class of api-error.ts is a possible result, hence the namespace import.
import * as errors from './api-error.js';

/**
 * Maps a status to its `APIError` subclass.
 *
 * @example
 * const err = createAPIError({ status: 404, code: 'not_found', message: 'No such purchase' });
 * err instanceof NotFoundError; // true
 */
export function createAPIError(init: errors.APIErrorInit): errors.APIError {
  switch (init.status) {
    case 400:
      return new errors.BadRequestError(init);
    case 401:
      return new errors.AuthenticationError(init);
    case 402:
      return new errors.PaymentRequiredError(init);
    case 403:
      return new errors.PermissionDeniedError(init);
    case 404:
      return new errors.NotFoundError(init);
    case 409:
      return new errors.ConflictError(init);
    case 422:
      return new errors.UnprocessableEntityError(init);
    case 429:
      return new errors.RateLimitError(init);
    default:
      return init.status >= 500 ? new errors.InternalServerError(init) : new errors.APIError(init);
  }
}
