// Starts the receiver: `UMMAH_SECRET_KEY=sk_… pnpm start` (UMMAH_BASE_URL points it at another gateway).
import type { AddressInfo } from 'node:net';
import Ummah from '@ummah/payments';
import { ummahEventObject, ummahEventType } from '@ummah/webhooks';
import { createApp } from './app.js';

if (!process.env.UMMAH_SECRET_KEY) {
  console.error('Set UMMAH_SECRET_KEY: the app reads the callback public key with it (GET /public_key/).');
  process.exit(1);
}
const app = createApp({
  ummah: new Ummah(),
  onEvent: (event) => {
    console.log(`${ummahEventType(event) ?? 'unknown event'} for ${String(ummahEventObject(event).id)}`);
  },
});
const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Listening for Ummah callbacks on http://127.0.0.1:${port}/callbacks/ummah`);
});
