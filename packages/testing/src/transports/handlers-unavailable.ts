/**
 * msw cannot intercept requests inside a Worker, and loading it there fails (its cookie store wants
 * `localStorage`), so the Workers build leaves it out and says what to do instead.
 */
export function handlersUnavailable(): never {
  throw new Error(
    '@ummah/testing: msw handlers are not available in a Worker (msw cannot intercept requests there). ' +
      'Pass the in-process fetch instead: new Ummah(key, { fetch: gateway.fetch }).',
  );
}
