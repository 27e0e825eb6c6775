// CLI: run the public key cache from the built dist/keys.js with one build of the verifier, and print
// what happened as JSON. Runs on Node, Deno and Bun.
//   <runtime> run-keys.mjs <dist/keys.js> <dist/index.js or dist/node.js>
const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const href = (path) => new URL(path, `file://${path.startsWith('/') ? '' : '/'}`).href;
const [keysPath, buildPath] = args;
const keys = await import(href(keysPath));
const api = await import(href(buildPath));

const outcome = (promise) =>
  promise.then(
    () => 'accepted',
    (error) => error.code ?? error.name,
  );
const [oldPair, newPair] = await Promise.all([api.generateTestKeyPair(), api.generateTestKeyPair()]);
let pem = JSON.stringify(oldPair.publicKey); // the gateway answers a JSON string holding the PEM
let fetches = 0;
const publicKey = keys.createPublicKeyCache({
  fetchKey: () => {
    fetches++;
    return pem;
  },
  cooldownMs: 0,
});
const deliver = async (privateKey, id) => {
  const { body, headers } = await api.signWebhook({
    payload: { id, event_type: 'purchase.paid' },
    privateKey,
  });
  return outcome(api.verifyWebhook({ payload: body, headers, publicKey }));
};
const first = await deliver(oldPair.privateKey, 'a');
pem = { public_key: newPair.publicKey };
const rotated = await deliver(newPair.privateKey, 'b');
const failing = keys.createPublicKeyCache({ fetchKey: () => Promise.reject(new Error('down')) });
const unavailable = await outcome(failing.get());
console.log(JSON.stringify({ first, rotated, fetches, unavailable }));
