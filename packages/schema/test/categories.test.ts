import { describe, expect, it } from 'vitest';
import { apiNamed, outputDir } from '../scripts/lib/apis.js';
import { buildFiles } from '../scripts/lib/build.js';
import { categoryTitle } from '../scripts/lib/categories.js';
import { specText } from './helpers/spec.js';

const ummah = apiNamed('ummah');

/** The `@category` of the declaration `export interface|type <name>` in a generated types.ts. */
function categoryOf(types: string, name: string): string | undefined {
  const at = types.search(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
  const comment = types.slice(types.lastIndexOf('/**', at), at);
  return /@category (.+)/.exec(comment)?.[1]?.trim();
}

describe('API reference categories of the generated types', () => {
  it('title an operation by its resource', () => {
    expect(categoryTitle('purchases.create')).toBe('Purchases');
    expect(categoryTitle('billingTemplates.subscribers.list')).toBe('Billing templates');
    expect(categoryTitle('publicKey.retrieve')).toBe('Public key');
  });

  it('put each type under the resource that uses it first, nested types and events included', () => {
    const types = buildFiles(specText, undefined, ummah).get(`${outputDir(ummah)}/types.ts`) ?? '';
    expect(categoryOf(types, 'Purchase')).toBe('Purchases');
    expect(categoryOf(types, 'PurchaseCreateParams')).toBe('Purchases');
    expect(categoryOf(types, 'ClientDetails')).toBe('Purchases');
    expect(categoryOf(types, 'Client')).toBe('Clients');
    expect(categoryOf(types, 'CompanyStatement')).toBe('Statements');
    expect(categoryOf(types, 'BillingTemplateClient')).toBe('Billing templates');
    expect(categoryOf(types, 'PurchaseEvent')).toBe('Webhooks');
    // Shared scalars used by no operation of their own stay uncategorised rather than guessed.
    expect(categoryOf(types, 'ApiErrorBody')).toBeUndefined();
  });
});
