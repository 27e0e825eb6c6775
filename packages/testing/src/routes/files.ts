import type { GatewayEngine } from '../gateway-engine';
import { notFound } from '../http/gateway-error';
import type { MockResult } from '../http/mock-result';
import { refreshStatement } from './statements';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * Serves statement files at `/_files/statements/{id}/{token}.csv|xlsx`. Like a pre-signed storage URL it
 * needs no API key; the random token in the path is the credential.
 */
export function serveFile(gateway: GatewayEngine, path: string): MockResult {
  const match = /^\/statements\/([^/]+)\/([0-9a-f]+)\.(csv|xlsx)$/.exec(path);
  const entry = match ? gateway.state.statements.get(match[1]!) : undefined;
  if (!match || !entry || entry.downloadToken !== match[2] || entry.record.format !== match[3]) {
    throw notFound('No such file.');
  }
  if (refreshStatement(gateway, entry).status !== 'success') throw notFound('No such file.');
  return {
    status: 200,
    text: entry.content,
    contentType: CONTENT_TYPES[entry.record.format],
    headers: { 'content-disposition': `attachment; filename="${entry.record.id}.${entry.record.format}"` },
  };
}
