import { ClientDetailsInputSchema } from '@ummah/schema/ummah/schemas';
import type { ClientDetailsInput } from '@ummah/schema/ummah/types';
import type { ClientDetailsRecord } from './records';

/** The client fields that hold lists of addresses; every other field but `email` is text. */
const LIST_FIELDS = new Set<string>(['cc', 'bcc'] satisfies Array<keyof ClientDetailsInput>);

/** Every field a request may set on client details, from the request schema. */
const FIELDS = Object.keys(ClientDetailsInputSchema.shape) as Array<keyof ClientDetailsInput>;

/** Client details with every field present: the gateway sends empty strings and lists, not nulls. */
export function emptyClientDetails(email: string): ClientDetailsRecord {
  const details: Record<string, unknown> = {};
  for (const field of FIELDS) details[field] = LIST_FIELDS.has(field) ? [] : '';
  details.email = email;
  // Every field of the request schema is set above; the record type declares no index signature.
  return details as unknown as ClientDetailsRecord;
}

/** Client details from a create or PUT body: fields it leaves out are reset to empty values. */
export function fullClientDetails(input: ClientDetailsInput): ClientDetailsRecord {
  return { ...emptyClientDetails(input.email), ...input };
}
