/**
 * Key of the Web `Response` view of a call's response, which `APIPromise.asResponse()` reads. A
 * symbol, so the view is not one more field on the public `RawResponse`.
 */
export const TO_WEB_RESPONSE: unique symbol = Symbol('toWebResponse') as never;
