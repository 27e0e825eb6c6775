// Copied into the temporary consumer app and run there: requires each specifier given as an argument
// (CommonJS loader, under whatever --conditions node was started with) and prints, as JSON, the file
// it resolved to and the names it exposes. A failure to load is reported, not thrown.
const results = {};
for (const specifier of process.argv.slice(2)) {
  try {
    const file = require.resolve(specifier);
    const exported = require(specifier);
    results[specifier] = {
      ok: true,
      file,
      names: Object.keys(exported)
        .filter((name) => name !== '__esModule')
        .sort(),
      // `const Ummah = require('@ummah/payments')`: the module itself may be the documented class.
      defaultName: typeof exported === 'function' ? exported.name : null,
    };
  } catch (error) {
    results[specifier] = { ok: false, error: String(error?.stack ?? error) };
  }
}
process.stdout.write(JSON.stringify(results));
