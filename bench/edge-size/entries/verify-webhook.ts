// A Workers-style webhook receiver using only verifyWebhook (its budget: 4 KB gzip).
import { verifyWebhook } from '@ummah/webhooks';

export default {
  async fetch(request: Request, env: { UMMAH_PUBLIC_KEY: string }): Promise<Response> {
    const event = await verifyWebhook({
      payload: await request.text(),
      headers: request.headers,
      publicKey: env.UMMAH_PUBLIC_KEY,
    });
    return Response.json({ received: event.event_type });
  },
};
