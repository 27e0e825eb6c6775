// The Markdown pages the docs checks read: the guides in docs/ and the provider pages in docs/providers/,
// as paths relative to docs/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} docs the docs/ directory */
export function guides(docs) {
  const markdown = (dir) => readdirSync(join(docs, dir)).filter((name) => name.endsWith('.md'));
  return [...markdown('.'), ...markdown('providers').map((name) => `providers/${name}`)];
}
