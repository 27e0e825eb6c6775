// Checks the relative links of the guides in docs/: every linked file exists and every `#anchor`
// names a heading of the target page (GitHub's slug rules).
//
//   node docs/tooling/check-links.mjs
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guides } from './guides.mjs';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** GitHub's heading anchor: lower-case, punctuation dropped, spaces to dashes. */
function slug(heading) {
  return heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Anchors of a Markdown file, outside code fences, with GitHub's `-1`, `-2` suffixes for repeats. */
function anchorsOf(file) {
  const anchors = new Set();
  const seen = new Map();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const match = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (!match) continue;
    const base = slug(match[1].trim());
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

let problems = 0;
let links = 0;
for (const name of guides(docs)) {
  const text = readFileSync(join(docs, name), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // external
    links += 1;
    const [path, anchor] = target.split('#');
    const file = path === '' ? join(docs, name) : resolve(dirname(join(docs, name)), path);
    if (!existsSync(file)) {
      console.error(`docs/${name}: ${target}: no such file`);
      problems += 1;
    } else if (anchor !== undefined && statSync(file).isFile() && !anchorsOf(file).has(anchor)) {
      console.error(`docs/${name}: ${target}: no such heading`);
      problems += 1;
    }
  }
}
console.log(`${links} links checked, ${problems} problem(s).`);
process.exitCode = problems === 0 ? 0 : 1;
