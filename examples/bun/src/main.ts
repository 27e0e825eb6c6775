// Bun entry point: `bun run src/main.ts`.
// UMMAH_SECRET_KEY is required; UMMAH_BASE_URL points the client at a mock gateway or a proxy;
// PORT 0 lets the OS pick a free port.
import { Ummah } from '@ummah/payments';
import { createShop } from './shop.ts';

const ummah = new Ummah(Bun.env.UMMAH_SECRET_KEY, { baseURL: Bun.env.UMMAH_BASE_URL });
// Purchase callbacks are signed with the company key; fetch it once at start-up.
const publicKey = await ummah.publicKey.retrieve();

const server = Bun.serve({
  hostname: Bun.env.HOST ?? '127.0.0.1',
  port: Number(Bun.env.PORT ?? 8000),
  fetch: createShop({
    ummah,
    publicKey,
    brandId: Bun.env.UMMAH_BRAND_ID ?? '409eb80e-3782-4b1d-afa8-b779759266a5',
    publicOrigin: Bun.env.PUBLIC_ORIGIN,
  }),
});
console.log(`Shop listening on http://${server.hostname}:${server.port}/`);
