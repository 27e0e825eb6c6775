import { refuse } from './provider-errors';

/** The object stored under `id`, or a 404 naming what was looked for (`No such charge: ch_…`). */
export function findOrRefuse<T>(store: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = store.get(id);
  if (found === undefined) throw refuse(404, `No such ${what}: ${id}`);
  return found;
}
