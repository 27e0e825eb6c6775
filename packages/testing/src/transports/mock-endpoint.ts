/** What a transport needs of a mock: where it answers and how it answers one request. */
export interface MockEndpoint {
  /** The API base URL, without a trailing slash. */
  readonly baseURL: string;
  /** Answers one request; rejects with `MockConnectionReset` when a fault drops the connection. */
  handle(request: Request): Promise<Response>;
}
