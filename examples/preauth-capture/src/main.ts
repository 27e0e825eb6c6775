// Authorise now, charge later, against the in-memory mock gateway: `pnpm start`.
// `gateway.simulate.checkout` stands in for the customer entering their card on the checkout page.
import { Ummah } from '@ummah/payments';
import { createMockGateway } from '@ummah/testing';
import { captureFinalAmount, openAuthorisation, releaseHold } from './preauth.js';

const gateway = createMockGateway();
const ummah = new Ummah('sk_test_preauth_demo', { fetch: gateway.fetch });
const brandId = '409eb80e-3782-4b1d-afa8-b779759266a5';
const money = (cents: number | undefined) => `${((cents ?? 0) / 100).toFixed(2)} EUR`;

// A stay that ends with a smaller bill than the deposit.
const stay = await openAuthorisation(ummah, {
  brandId,
  orderId: 'R-1001',
  email: 'guest@example.com',
  maxAmount: 50000,
  currency: 'EUR',
});
await gateway.simulate.checkout(stay.id);
const held = await ummah.purchases.retrieve(stay.id);
console.log(`R-1001 authorised: ${held.status}, ${money(held.payment?.amount)} held`);
const captured = await captureFinalAmount(ummah, stay.id, 42500);
console.log(`R-1001 captured: ${captured.status}, ${money(captured.payment?.amount)} charged`);

// A booking cancelled before the stay: the hold is released in full.
const cancelled = await openAuthorisation(ummah, {
  brandId,
  orderId: 'R-1002',
  email: 'guest@example.com',
  maxAmount: 30000,
  currency: 'EUR',
});
await gateway.simulate.checkout(cancelled.id);
const released = await releaseHold(ummah, cancelled.id);
console.log(`R-1002 released: ${released.status}, nothing charged`);
gateway.close();
