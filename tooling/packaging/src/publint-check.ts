import { readFile } from 'node:fs/promises';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import type { Finding, Severity } from './finding.js';

const SEVERITY: Readonly<Record<'error' | 'warning' | 'suggestion', Severity>> = {
  error: 'error',
  warning: 'warning',
  // publint's suggestions are matters of taste (e.g. "use the browser condition"), not defects.
  suggestion: 'note',
};

/**
 * Lints a packed tarball with publint: the files it checks are the ones in the tarball, so a
 * path in `exports` that the `files` list leaves out is caught. Errors and warnings block the
 * release; suggestions are kept as notes.
 *
 * @example
 * const findings = await lintTarball('/tmp/ummah-core-0.1.0.tgz');
 */
export async function lintTarball(tarball: string): Promise<Finding[]> {
  const bytes = await readFile(tarball);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: data }, level: 'suggestion', strict: false });
  return messages.map((message) => ({
    source: 'publint',
    severity: SEVERITY[message.type],
    code: message.code,
    message: formatMessage(message, pkg, { color: false }) ?? message.code,
  }));
}
