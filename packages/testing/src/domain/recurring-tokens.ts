import { getClient } from './clients';
import { unixSeconds } from './clock';
import type { DomainContext } from './context';
import { notFound } from './errors';
import { newId } from './ids';
import type { PurchaseRecord, RecurringTokenRecord } from './records';
import type { RecurringTokenEntry } from './state';

/** The payment methods a client saved, newest first. */
export function listRecurringTokens(context: DomainContext, clientId: string): RecurringTokenRecord[] {
  return entriesOf(context, clientId)
    .map((entry) => entry.record)
    .reverse();
}

/** One saved payment method, looked up under its client only. */
export function getRecurringToken(
  context: DomainContext,
  clientId: string,
  tokenId: string,
): RecurringTokenRecord {
  return entryOf(context, clientId, tokenId).record;
}

/** Deletes a saved payment method; the purchase that saved it no longer carries it. */
export function deleteRecurringToken(context: DomainContext, clientId: string, tokenId: string): void {
  const entry = entryOf(context, clientId, tokenId);
  context.state.recurringTokens.delete(tokenId);
  const purchase = context.state.purchases.get(entry.purchaseId);
  if (purchase?.recurring_token === tokenId) purchase.recurring_token = null;
}

/** Saves the payment method a purchase was paid with, for later charges. */
export function issueRecurringToken(context: DomainContext, purchase: PurchaseRecord, method: string): void {
  const id = newId('token');
  context.state.recurringTokens.set(id, {
    clientId: purchase.client_id,
    purchaseId: purchase.id,
    record: {
      id,
      payment_method: method,
      description: 'Visa **** 4242',
      created_on: unixSeconds(context.clock),
    },
  });
  purchase.recurring_token = id;
}

function entriesOf(context: DomainContext, clientId: string): RecurringTokenEntry[] {
  const client = getClient(context, clientId);
  return [...context.state.recurringTokens.values()].filter((entry) => entry.clientId === client.id);
}

function entryOf(context: DomainContext, clientId: string, tokenId: string): RecurringTokenEntry {
  const entry = entriesOf(context, clientId).find((candidate) => candidate.record.id === tokenId);
  if (!entry) throw notFound();
  return entry;
}
