import { APIPromise, type PagePromise, type RequestOptions, UmmahError } from '@ummah/core';
import type {
  CompanyStatement,
  CompanyStatementActionResult,
  StatementCreateParams,
} from '@ummah/schema/ummah/types';
import type { DownloadOptions } from '../internal/download-file.js';
import {
  checkWaitOptions,
  isStatementReady,
  pollStatement,
  type WaitForStatementOptions,
} from '../internal/poll-statement.js';
import { APIResource } from './api-resource.js';

export type { DownloadOptions as StatementDownloadOptions } from '../internal/download-file.js';
export type { WaitForStatementOptions } from '../internal/poll-statement.js';

/**
 * Company statements (the gateway's route is `company_statements`): schedule a CSV or XLSX
 * export, wait for it, stream it.
 *
 * @category Statements
 */
export class StatementsResource extends APIResource {
  /**
   * Schedules a statement. It starts without a `download_url`; see {@link createAndWait}.
   * `POST /company_statements/`
   *
   * @example
   * const statement = await ummah.statements.create({ format: 'csv', timezone: 'UTC' });
   */
  create(params: StatementCreateParams, options?: RequestOptions): APIPromise<CompanyStatement> {
    return this._call('statements.create', { body: params }, options);
  }

  /**
   * Lists generated and pending statements; iterate to walk every page.
   * `GET /company_statements/`
   */
  list(options?: RequestOptions): PagePromise<CompanyStatement> {
    return this._callPage('statements.list', {}, options);
  }

  /**
   * Retrieves a statement; check `status` and `download_url`.
   * `GET /company_statements/{id}/`
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<CompanyStatement> {
    return this._call('statements.retrieve', { pathParams: { id } }, options);
  }

  /**
   * Cancels a statement that is still being generated.
   * Resolves with the statement, or only `{ status }` as the reference documents.
   * `POST /company_statements/{id}/cancel/`
   */
  cancel(id: string, options?: RequestOptions): APIPromise<CompanyStatementActionResult> {
    return this._call('statements.cancel', { pathParams: { id } }, options);
  }

  /**
   * Schedules a statement and re-reads it every `pollInterval` ms until it has a `download_url`.
   * Rejects with `StatementFailedError` when it fails, is cancelled or expires,
   * `StatementTimeoutError` after `timeout` ms (counted once the statement exists), and
   * `APIUserAbortError` when `signal` fires.
   *
   * @param wait Polling options: `pollInterval` (default 2000), `timeout` (default 300000), `signal`.
   * @param options Request options for every call made (the `signal` defaults to `wait.signal`).
   *
   * @example
   * const statement = await ummah.statements.createAndWait({ format: 'csv' }, { pollInterval: 1000 });
   * const stream = await ummah.statements.download(statement); // ReadableStream<Uint8Array>
   */
  async createAndWait(
    params: StatementCreateParams,
    wait: WaitForStatementOptions = {},
    options: RequestOptions = {},
  ): Promise<CompanyStatement> {
    // Bad polling options are refused before the statement is created.
    checkWaitOptions(wait);
    const first = await this.create(params, { signal: wait.signal, ...options });
    const { idempotencyKey: _createOnly, ...readOptions } = options;
    // Either signal stops the whole wait, polling included, not just the create call.
    const signals = [wait.signal, options.signal].filter((signal) => signal !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    return pollStatement(first, (id, poll) => this.retrieve(id, { ...readOptions, signal: poll }), {
      ...wait,
      signal,
    });
  }

  /**
   * Streams a ready statement's file (CSV or XLSX). Resolves to a web `ReadableStream<Uint8Array>`:
   * the bytes as they arrive, not a string, `Buffer` or `Blob`; the file is never held in memory,
   * whatever its size, and the stream can be read once. Pass the statement (no extra call) or its id
   * (retrieved first).
   *
   * Read it with `stream.getReader()` on any runtime, or `for await (const chunk of stream)` on Node,
   * Deno and Bun (with the `DOM` lib loaded, TypeScript needs `"DOM.AsyncIterable"` for that loop);
   * save it on Node with `writeStatementToFile` from `@ummah/payments/node`, or convert it with
   * `Readable.fromWeb(stream)`; `await new Response(stream).text()` (or `.blob()`, `.arrayBuffer()`)
   * reads a small file whole on any runtime. See the Statements section of the invoicing guide.
   *
   * The file is fetched like every other call, with retries, hooks and typed errors; the API key
   * is sent only when the link is on the API's own origin. `timeout` bounds the wait for the
   * response head; `signal` also stops a stream that is still being read.
   *
   * @throws UmmahError with code `'statement_not_ready'` when the statement has no `download_url` yet.
   *
   * @example
   * const reader = (await ummah.statements.download(statementId)).getReader();
   * for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
   *   handle(chunk.value); // a Uint8Array
   * }
   *
   * @example
   * const csv = await new Response(await ummah.statements.download(statement)).text();
   */
  download(
    statementOrId: string | CompanyStatement,
    options: DownloadOptions = {},
  ): APIPromise<ReadableStream<Uint8Array>> {
    if (typeof statementOrId !== 'string') return this.#downloadReady(statementOrId, options);
    return new APIPromise(
      this.retrieve(statementOrId, { signal: options.signal }).then((statement) =>
        this.#downloadReady(statement, options).withResponse(),
      ),
    );
  }

  #downloadReady(
    statement: CompanyStatement,
    options: DownloadOptions,
  ): APIPromise<ReadableStream<Uint8Array>> {
    if (!isStatementReady(statement)) {
      const error = new UmmahError(
        `Statement ${statement.id} has no download_url yet (status "${statement.status ?? 'unknown'}"); use createAndWait() or retry later.`,
        { code: 'statement_not_ready' },
      );
      return new APIPromise<ReadableStream<Uint8Array>>(Promise.reject(error));
    }
    return this._caller.download(statement.download_url as string, options);
  }
}
