/**
 * Thrown through the request pipeline when a fault asks for a dropped connection. Each transport
 * turns it into its own kind of network failure (a rejected fetch, `HttpResponse.error()`, a
 * destroyed socket).
 */
export class MockConnectionReset extends Error {
  constructor() {
    super('Connection reset by the mock gateway (injected fault).');
    this.name = 'MockConnectionReset';
  }
}

/** True for the injected connection reset. */
export function isConnectionReset(error: unknown): error is MockConnectionReset {
  return error instanceof MockConnectionReset;
}
