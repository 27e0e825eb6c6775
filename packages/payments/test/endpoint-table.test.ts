import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routes } from '@ummah/schema/ummah/routes';
import { describe, expect, it } from 'vitest';
import { Ummah } from '../src/index.js';

// docs/endpoints.md promises an SDK call for every endpoint and recipe of the gateway reference.
// This holds the page to the operations the SDK is generated from, and to the client itself.

const page = readFileSync(fileURLToPath(new URL('../../../docs/endpoints.md', import.meta.url)), 'utf8');
const ummah = new Ummah('sk_test_endpoint_table', { baseURL: 'http://127.0.0.1:9/api/v1' });

/** The rows of the markdown table under `heading`, as arrays of cells. */
function tableUnder(heading: string): string[][] {
  const section = page.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  if (section === undefined) throw new Error(`docs/endpoints.md has no "## ${heading}" section`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // header and separator
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** Every `ummah.a.b(` call named in a cell, as its accessor path `a.b`. */
function callsIn(cell: string): string[] {
  return [...cell.matchAll(/`ummah\.([A-Za-z.]+)\(/g)].map((match) => match[1] as string);
}

/** The value at an accessor path on the client, e.g. `billingTemplates.subscribers.list`. */
function resolve(path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], ummah);
}

describe('docs/endpoints.md', () => {
  const endpoints = tableUnder('Endpoints');

  it('lists every operation of the description exactly once, with its method and path', () => {
    const listed = endpoints.map(([endpoint]) => endpoint?.replace(/`/g, ''));
    const described = Object.values(routes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...described].sort());
  });

  it('names, for each endpoint, the client method generated for that operation', () => {
    for (const [endpoint, call] of endpoints) {
      const [id] = Object.entries(routes).find(
        ([, route]) => `\`${route.method} ${route.path}\`` === endpoint,
      ) ?? [undefined];
      expect(callsIn(call ?? ''), endpoint).toEqual([id]);
      expect(typeof resolve(id as string), id).toBe('function');
    }
  });

  it('names only methods that exist, for the merchant-shaped modules and every recipe', () => {
    const named = [
      ...endpoints.flatMap(([, , also]) => callsIn(also ?? '')),
      ...tableUnder('Recipes').flatMap(([, calls]) => callsIn(calls ?? '')),
    ];
    expect(named).toEqual(
      expect.arrayContaining([
        'refunds.create',
        'subscriptions.createPlan',
        'subscriptions.subscribe',
        'subscriptions.list',
        'subscriptions.retrieve',
        'subscriptions.resume',
        'purchases.charge',
        'purchases.capture',
        'purchases.release',
      ]),
    );
    for (const path of named) expect(typeof resolve(path), path).toBe('function');
  });
});
