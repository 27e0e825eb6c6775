// A Cloudflare Worker that receives Ummah webhooks. The bundler picks the WebCrypto build of
// @ummah/webhooks through its `worker`/`workerd` export conditions: no Node built-ins, no Buffer.
import { ummahEventObject, ummahEventType, verifyRequest, WebhookVerificationError } from '@ummah/webhooks';

/** The Worker's bindings (wrangler.toml `[vars]`/secrets, or workerd `bindings`). */
export interface Env {
  /** The `public_key` (PEM) of the webhook registered with `ummah.webhooks.create()`. */
  UMMAH_WEBHOOK_PUBLIC_KEY?: string;
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

/**
 * Answers `POST /webhooks/ummah`: 200 `{ received, event_type, id }` for a delivery the gateway signed,
 * 400 `{ error: { code } }` for anything else, and 500 when the public key binding is missing.
 */
async function handleWebhook(request: Request, env: Env): Promise<Response> {
  if (!env.UMMAH_WEBHOOK_PUBLIC_KEY) {
    return json(
      { error: { code: 'NOT_CONFIGURED', message: 'UMMAH_WEBHOOK_PUBLIC_KEY is not bound.' } },
      500,
    );
  }
  try {
    const event = await verifyRequest(request, { publicKey: env.UMMAH_WEBHOOK_PUBLIC_KEY });
    // Hand the event to a queue or a Durable Object here; answer fast so the gateway does not retry.
    return json({
      received: true,
      event_type: ummahEventType(event) ?? null,
      id: ummahEventObject(event).id ?? null,
    });
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return json({ error: { code: error.code, message: error.message } }, 400);
    }
    throw error;
  }
}

/**
 * The Worker module.
 *
 * @example
 * // wrangler.toml: main = "src/worker.ts"; `wrangler secret put UMMAH_WEBHOOK_PUBLIC_KEY`
 */
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname !== '/webhooks/ummah') return json({ error: { code: 'NOT_FOUND' } }, 404);
    if (request.method !== 'POST') return json({ error: { code: 'METHOD_NOT_ALLOWED' } }, 405);
    return handleWebhook(request, env);
  },
};
