import type { DomainContext } from '../domain/context';
import { statementFile } from '../domain/statements/statements';
import { notFound } from '../http/gateway-error';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { mockRoute } from './mock-route';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Statement downloads at `/_files/statements/{id}/{token}.csv|xlsx` (the `download_url` of a finished
 * statement). Like a pre-signed storage URL it needs no API key: the random token is the credential.
 */
export function statementFileRoutes(domain: DomainContext): GatewayRoute[] {
  return [
    mockRoute('GET', '/statements/{id}/{file}', 'mock.statementFile', ({ params }) => {
      const name = /^([0-9a-f]+)\.(csv|xlsx)$/.exec(params.file ?? '');
      if (!name) throw notFound('No such file.');
      const { statement, content } = statementFile(domain, params.id!, name[1]!, name[2]!);
      return {
        status: 200,
        text: content,
        contentType: CONTENT_TYPES[statement.format],
        headers: { 'content-disposition': `attachment; filename="${statement.id}.${statement.format}"` },
      };
    }),
  ];
}
