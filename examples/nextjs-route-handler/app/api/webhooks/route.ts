// app/api/webhooks/route.ts: Next.js (App Router) calls POST with a Web `Request` and sends back the
// `Response` it returns. The handler uses only Web APIs, so it runs unchanged on the Node.js and Edge
// runtimes (`export const runtime = 'edge'` is all it takes to move it).
import { ummahEventObject, ummahEventType, verifyRequest, WebhookVerificationError } from '@ummah/webhooks';

/**
 * Receives Ummah webhooks. Answers 200 to a genuine delivery, 400 with the refusal code to anything
 * else (the gateway retries non-2xx answers, which is right for a transient fault and harmless for a
 * forgery), and 500 when the deployment lacks its public key.
 *
 * @example
 * curl -X POST https://shop.example/api/webhooks -H 'X-Signature: …' --data-binary @event.json
 */
export async function POST(request: Request): Promise<Response> {
  // Read per request, not at import time: Next.js may import the module while building, before the
  // runtime environment exists.
  const publicKey = process.env.UMMAH_WEBHOOK_PUBLIC_KEY;
  if (!publicKey) {
    return Response.json(
      { error: { code: 'NOT_CONFIGURED', message: 'UMMAH_WEBHOOK_PUBLIC_KEY is not set.' } },
      { status: 500 },
    );
  }
  try {
    // verifyRequest reads the body as bytes; nothing may read it before (no request.json() here).
    const event = await verifyRequest(request, { publicKey });
    const object = ummahEventObject(event);
    switch (ummahEventType(event)) {
      case 'purchase.paid':
        // Fulfil the order here: look it up by object.id / object.reference, idempotently.
        break;
      case 'purchase.refunded':
      case 'payment.refunded':
        // Reverse the fulfilment here.
        break;
      default:
        // Unknown and future events are acknowledged so the gateway stops retrying them.
        break;
    }
    return Response.json({
      received: true,
      event_type: ummahEventType(event) ?? null,
      id: object.id ?? null,
    });
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return Response.json({ error: { code: error.code, message: error.message } }, { status: 400 });
    }
    throw error;
  }
}
