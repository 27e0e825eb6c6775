// Deno entry point: `deno run --allow-net --allow-env --allow-read src/main.ts`.
// UMMAH_SECRET_KEY is required; UMMAH_BASE_URL points the client at a mock gateway or a proxy;
// PORT 0 lets the OS pick a free port.
import { Ummah } from '@ummah/payments';
import { createShop } from './shop.ts';

const ummah = new Ummah(Deno.env.get('UMMAH_SECRET_KEY'), { baseURL: Deno.env.get('UMMAH_BASE_URL') });
// Purchase callbacks are signed with the company key; fetch it once at start-up.
const publicKey = await ummah.publicKey.retrieve();

Deno.serve(
  {
    hostname: Deno.env.get('HOST') ?? '127.0.0.1',
    port: Number(Deno.env.get('PORT') ?? 8000),
    onListen: ({ hostname, port }) => console.log(`Shop listening on http://${hostname}:${port}/`),
  },
  createShop({
    ummah,
    publicKey,
    brandId: Deno.env.get('UMMAH_BRAND_ID') ?? '409eb80e-3782-4b1d-afa8-b779759266a5',
    publicOrigin: Deno.env.get('PUBLIC_ORIGIN'),
  }),
);
