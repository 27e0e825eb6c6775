// Copied into the temporary consumer app and run there: imports each specifier given as an argument
// with the ESM loader (under whatever --conditions node was started with) and prints, as JSON, the
// file it resolved to and the names it exposes. A failure to load is reported, not thrown.
import { fileURLToPath } from 'node:url';

const results = {};
for (const specifier of process.argv.slice(2)) {
  try {
    const file = fileURLToPath(import.meta.resolve(specifier));
    const namespace = await import(specifier);
    results[specifier] = {
      ok: true,
      file,
      names: Object.keys(namespace).sort(),
      defaultName: typeof namespace.default === 'function' ? namespace.default.name : null,
    };
  } catch (error) {
    results[specifier] = { ok: false, error: String(error?.stack ?? error) };
  }
}
process.stdout.write(JSON.stringify(results));
