// Copied into the temporary consumer app and run there with CommonJS: the same first steps as
// smoke.mjs, written the way a CommonJS merchant app writes them.
const Ummah = require('@ummah/payments');
const { createMockGateway, generateRsaKeyPair } = require('@ummah/testing');
const { signWebhook, verifyWebhook } = require('@ummah/webhooks');

async function main() {
  const gateway = createMockGateway();
  const ummah = new Ummah('sk_test_packaging', { fetch: gateway.fetch });
  const purchase = await ummah.purchases.create({
    brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
    client: { email: 'customer@example.com' },
    purchase: { products: [{ name: 'T-Shirt', price: 2999 }], currency: 'USD' },
  });
  await gateway.simulate.checkout(purchase.id, { outcome: 'paid' });
  const paid = await ummah.purchases.retrieve(purchase.id);

  const keys = await generateRsaKeyPair();
  const signed = await signWebhook({ payload: paid, privateKey: keys.privateKey });
  const event = await verifyWebhook({
    payload: signed.body,
    headers: signed.headers,
    publicKey: keys.publicKeyPem,
  });
  process.stdout.write(JSON.stringify({ status: paid.status, verifiedId: event.id }));
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exitCode = 1;
});
