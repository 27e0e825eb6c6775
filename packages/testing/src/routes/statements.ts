import type { StatementEntry } from '../domain/gateway-state';
import { newId } from '../domain/ids';
import type { StatementRecord } from '../domain/records';
import { renderStatementCsv } from '../domain/statement-csv';
import { isValidTimeZone, statementRows } from '../domain/statement-rows';
import { renderStatementXlsx } from '../domain/statement-xlsx';
import { FILES_PREFIX, type GatewayEngine } from '../gateway-engine';
import { conflict, notFound } from '../http/gateway-error';
import { json } from '../http/mock-result';
import { paginate } from '../http/pagination';
import { type ApiRoute, type Ctx, reader, wire } from './route-helpers';

/** Completes statements whose processing time has passed (status is computed lazily on read). */
export function refreshStatement(gateway: GatewayEngine, entry: StatementEntry): StatementRecord {
  const record = entry.record;
  if (record.status === 'processing' && gateway.clock.now() >= entry.readyAt) {
    record.status = 'success';
    record.download_url = gateway.publicURL(
      `${FILES_PREFIX}/statements/${record.id}/${entry.downloadToken}.${record.format}`,
    );
    record.updated_on = gateway.now();
  }
  return record;
}

function entryOf(context: Ctx): StatementEntry {
  const entry = context.gateway.state.statements.get(context.params.id!);
  if (!entry) throw notFound();
  return entry;
}

function create(context: Ctx) {
  const body = reader(context);
  const format = body.choice('format', ['csv', 'xlsx'] as const, { required: true });
  const timezone = body.string('timezone') ?? 'UTC';
  const queryString = body.string('query_string') ?? '';
  if (!isValidTimeZone(timezone)) body.fail('timezone', `"${timezone}" is not a valid time zone.`);
  body.assertValid();
  const now = context.gateway.now();
  const record: StatementRecord = {
    id: newId('statement'),
    type: 'company',
    format: format!,
    status: 'processing',
    download_url: null,
    timezone,
    query_string: queryString,
    created_on: now,
    updated_on: now,
  };
  const entry: StatementEntry = {
    record,
    readyAt: context.gateway.clock.now() + (context.gateway.options.statementProcessingMs ?? 0),
    downloadToken: crypto.randomUUID().replaceAll('-', ''),
    content: (format === 'xlsx' ? renderStatementXlsx : renderStatementCsv)(
      statementRows(context.gateway.state.purchases.values(), timezone, queryString),
    ),
  };
  context.gateway.state.statements.set(record.id, entry);
  return json(wire(record), 201);
}

function cancel(context: Ctx) {
  const entry = entryOf(context);
  const record = refreshStatement(context.gateway, entry);
  if (record.status !== 'processing')
    throw conflict(`Statement with status "${record.status}" cannot be cancelled.`);
  record.status = 'cancelled';
  record.updated_on = context.gateway.now();
  return json(wire(record));
}

/** `/company_statements/…`. */
export const statementRoutes: ApiRoute[] = [
  { method: 'POST', path: '/company_statements/', operationId: 'statements.create', handler: create },
  {
    method: 'GET',
    path: '/company_statements/',
    operationId: 'statements.list',
    handler: (context) => {
      const records = [...context.gateway.state.statements.values()]
        .map((entry) => refreshStatement(context.gateway, entry))
        .reverse();
      return json(paginate(wire(records), context.url, context.gateway.pageSize));
    },
  },
  {
    method: 'GET',
    path: '/company_statements/{id}/',
    operationId: 'statements.retrieve',
    handler: (context) => json(wire(refreshStatement(context.gateway, entryOf(context)))),
  },
  {
    method: 'POST',
    path: '/company_statements/{id}/cancel/',
    operationId: 'statements.cancel',
    handler: cancel,
  },
];
