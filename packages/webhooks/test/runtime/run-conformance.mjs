// CLI: run the conformance vectors and the handler scenario against one or more builds and print the
// results as JSON: { [module]: { vectors, handler } }.
//   <runtime> run-conformance.mjs <vectors.json> <module> [<module> …]
// Runs on Node, Deno and Bun; reads argv/files through whichever API the runtime has.
import { runVectors } from './conformance-core.mjs';
import { runHandlerScenario } from './handler-core.mjs';

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const [vectorsPath, ...modules] = args;
const readText = globalThis.Deno
  ? (path) => globalThis.Deno.readTextFile(path)
  : async (path) => (await import('node:fs/promises')).readFile(path, 'utf8');
const { vectors } = JSON.parse(await readText(vectorsPath));
const output = {};
for (const modulePath of modules) {
  const api = await import(new URL(modulePath, `file://${modulePath.startsWith('/') ? '' : '/'}`).href);
  output[modulePath] = { vectors: await runVectors(api, vectors), handler: await runHandlerScenario(api) };
}
console.log(JSON.stringify(output));
