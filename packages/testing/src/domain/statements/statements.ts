import type { StatementCreateParams } from '@ummah/schema/ummah/types';
import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { invalidField, invalidState, notFound } from '../errors';
import { newId } from '../ids';
import type { StatementRecord } from '../records';
import type { StatementEntry } from '../state';
import type { Timeline } from '../test-clock';
import { renderStatementCsv } from './csv';
import { isValidTimeZone, statementRows } from './rows';
import { renderStatementXlsx } from './xlsx';

/** A statement file ready for download. */
export interface StatementFile {
  readonly statement: StatementRecord;
  readonly content: string | Uint8Array<ArrayBuffer>;
}

/**
 * Schedules a statement of the purchases so far. Its file is rendered now, as a real export would
 * freeze its data; it becomes downloadable once `statementProcessingMs` have passed on the clock.
 */
export function createStatement(context: DomainContext, body: StatementCreateParams): StatementRecord {
  const timezone = body.timezone ?? 'UTC';
  if (!isValidTimeZone(timezone)) throw invalidField('timezone', `"${timezone}" is not a valid time zone.`);
  const queryString = body.query_string ?? '';
  const now = unixSeconds(context.clock);
  const record: StatementRecord = {
    id: newId('statement'),
    type: 'company',
    format: body.format,
    status: 'processing',
    download_url: null,
    timezone,
    query_string: queryString,
    created_on: now,
    updated_on: now,
  };
  const rows = statementRows(context.state.purchases.values(), timezone, queryString);
  context.state.statements.set(record.id, {
    record,
    readyAt: context.clock.now() + context.settings.statementProcessingMs,
    downloadToken: crypto.randomUUID().replaceAll('-', ''),
    content: body.format === 'xlsx' ? renderStatementXlsx(rows) : renderStatementCsv(rows),
  });
  return record;
}

/** Looks a statement up, with its status as of now. */
export function getStatement(context: DomainContext, id: string): StatementRecord {
  return refreshed(context, entryOf(context, id));
}

/** Statements newest first, with their status as of now. */
export function listStatements(context: DomainContext): StatementRecord[] {
  return [...context.state.statements.values()].map((entry) => refreshed(context, entry)).reverse();
}

/** Cancels a statement that is still processing. */
export function cancelStatement(context: DomainContext, id: string): StatementRecord {
  const record = getStatement(context, id);
  if (record.status !== 'processing') {
    throw invalidState(`Statement with status "${record.status}" cannot be cancelled.`);
  }
  record.status = 'cancelled';
  record.updated_on = unixSeconds(context.clock);
  return record;
}

/**
 * The file behind a `download_url`. The random token in the URL is the credential, as in a pre-signed
 * storage URL; anything that does not match a finished statement is not found.
 */
export function statementFile(
  context: DomainContext,
  id: string,
  token: string,
  format: string,
): StatementFile {
  const entry = context.state.statements.get(id);
  if (!entry || entry.downloadToken !== token || entry.record.format !== format)
    throw notFound('No such file.');
  if (refreshed(context, entry).status !== 'success') throw notFound('No such file.');
  return { statement: entry.record, content: entry.content };
}

function entryOf(context: DomainContext, id: string): StatementEntry {
  const entry = context.state.statements.get(id);
  if (!entry) throw notFound();
  return entry;
}

/** Completes a statement whose processing time has passed: the status is computed when read. */
function refreshed(context: DomainContext, entry: StatementEntry): StatementRecord {
  const record = entry.record;
  if (record.status === 'processing' && context.clock.now() >= entry.readyAt) {
    record.status = 'success';
    record.download_url = context.links.statementFile(record.id, entry.downloadToken, record.format);
    record.updated_on = unixSeconds(context.clock);
  }
  return record;
}

/** The test clock's view of statements: each completes when the clock passes its processing time. */
export function statementTimeline(context: DomainContext): Timeline {
  const processing = (): StatementEntry[] =>
    [...context.state.statements.values()].filter((entry) => entry.record.status === 'processing');
  return {
    nextDueAt: () => {
      const times = processing().map((entry) => entry.readyAt);
      return times.length > 0 ? Math.min(...times) : undefined;
    },
    runDue: async () => {
      for (const entry of processing()) refreshed(context, entry);
    },
  };
}
