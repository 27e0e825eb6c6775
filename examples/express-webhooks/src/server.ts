// Starts the webhook receiver: `UMMAH_WEBHOOK_PUBLIC_KEY='-----BEGIN PUBLIC KEY-----…' pnpm start`.
import type { AddressInfo } from 'node:net';
import { ummahEventObject, ummahEventType } from '@ummah/webhooks';
import { createApp } from './app.js';

const publicKey = process.env.UMMAH_WEBHOOK_PUBLIC_KEY;
if (!publicKey) {
  console.error('Set UMMAH_WEBHOOK_PUBLIC_KEY to the public_key of your webhook (PEM).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);

const app = createApp({
  publicKey,
  onEvent: (event) => {
    console.log(`${ummahEventType(event) ?? 'unknown event'} for ${String(ummahEventObject(event).id)}`);
  },
});
const server = app.listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`Listening for Ummah webhooks on http://127.0.0.1:${bound}/webhooks/ummah`);
});
