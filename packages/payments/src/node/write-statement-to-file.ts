import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';

/** Options of {@link writeStatementToFile}. */
export interface WriteStatementOptions {
  /** Stops the copy; the partial file is removed. */
  signal?: AbortSignal;
}

/** What {@link writeStatementToFile} wrote. */
export interface WrittenStatement {
  /** The destination path, as given. */
  path: string;
  /** Bytes written. */
  bytes: number;
}

/**
 * Streams a statement download to a file with constant memory. The data goes to `<path>.partial`
 * first and is renamed into place only when complete, so a crash or cancellation never leaves a
 * truncated statement that looks finished.
 *
 * @param source The stream from `ummah.statements.download()`, or the promise of it.
 * @param filePath Destination file; overwritten if it exists.
 *
 * @example
 * import { writeStatementToFile } from '@ummah/payments/node';
 * const statement = await ummah.statements.createAndWait({ format: 'xlsx' });
 * await writeStatementToFile(ummah.statements.download(statement), './statement.xlsx');
 */
export async function writeStatementToFile(
  source: ReadableStream<Uint8Array> | Promise<ReadableStream<Uint8Array>>,
  filePath: string,
  options: WriteStatementOptions = {},
): Promise<WrittenStatement> {
  const stream = await source;
  const partial = `${filePath}.partial`;
  const sink = createWriteStream(partial);
  try {
    await pipeline(
      // The DOM and node:stream/web declarations of ReadableStream differ only nominally.
      Readable.fromWeb(stream as unknown as NodeWebReadableStream<Uint8Array>),
      sink,
      { signal: options.signal },
    );
    await rename(partial, filePath);
  } catch (error) {
    // pipeline() rejects as soon as the source fails, while the sink may still be opening the file;
    // removing it before the sink has closed could let the open re-create it afterwards.
    if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
    await rm(partial, { force: true });
    throw error;
  }
  const { size } = await stat(filePath);
  return { path: filePath, bytes: size };
}
