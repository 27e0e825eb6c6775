// The shop's HTTP handler, written against Web standards only (Request, Response, URL, crypto), so
// the same file serves Deno.serve, Bun.serve or a Worker. Orders live in memory to keep the example
// short; a real shop stores them in its database.
import type { Ummah } from '@ummah/payments';
import { isUmmahEvent, ummahEventObject, verifyRequest, WebhookVerificationError } from '@ummah/webhooks';

/** Options of {@link createShop}. */
export interface ShopOptions {
  /** The gateway client. */
  ummah: Ummah;
  /**
   * The key that signs purchase callbacks: the company key from `ummah.publicKey.retrieve()`
   * (a registered webhook's deliveries use that webhook's `public_key` instead).
   */
  publicKey: string;
  /** The brand the purchases are made for. */
  brandId: string;
  /** The shop's public origin for `success_callback`. @default the origin of the incoming request */
  publicOrigin?: string;
}

interface Order {
  id: string;
  purchaseId: string;
  status: 'awaiting_payment' | 'paid';
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

/**
 * Builds the shop's request handler:
 * - `POST /orders` `{ "email", "amount", "currency" }` opens a purchase and answers its `checkout_url`;
 * - `POST /webhooks/ummah` accepts the gateway's signed callback and marks the order paid;
 * - `GET /orders/{id}` tells the order's status.
 *
 * @example
 * Deno.serve(createShop({ ummah, publicKey: await ummah.publicKey.retrieve(), brandId }));
 */
export function createShop(options: ShopOptions): (request: Request) => Promise<Response> {
  const orders = new Map<string, Order>();
  const orderByPurchase = new Map<string, Order>();

  async function createOrder(request: Request): Promise<Response> {
    const input = (await request.json().catch(() => ({}))) as {
      email?: unknown;
      amount?: unknown;
      currency?: unknown;
    };
    if (
      typeof input.email !== 'string' ||
      !Number.isInteger(input.amount) ||
      typeof input.currency !== 'string'
    ) {
      return json({ error: 'email, amount (integer, smallest unit) and currency are required' }, 400);
    }
    const origin = options.publicOrigin ?? new URL(request.url).origin;
    const id = crypto.randomUUID();
    const purchase = await options.ummah.purchases.create(
      {
        brand_id: options.brandId,
        client: { email: input.email },
        purchase: {
          currency: input.currency,
          products: [{ name: `Order ${id}`, price: input.amount as number }],
        },
        reference: id,
        success_callback: `${origin}/webhooks/ummah`,
      },
      { idempotencyKey: `order-${id}` },
    );
    const order: Order = { id, purchaseId: purchase.id, status: 'awaiting_payment' };
    orders.set(id, order);
    orderByPurchase.set(purchase.id, order);
    return json({ order_id: id, purchase_id: purchase.id, checkout_url: purchase.checkout_url }, 201);
  }

  async function receiveWebhook(request: Request): Promise<Response> {
    try {
      const event = await verifyRequest(request, { publicKey: options.publicKey });
      if (isUmmahEvent(event, 'purchase.paid')) {
        const order = orderByPurchase.get(String(ummahEventObject(event).id));
        if (order) order.status = 'paid';
      }
      return json({ received: true });
    } catch (error) {
      if (error instanceof WebhookVerificationError) return json({ error: error.code }, 400);
      throw error;
    }
  }

  return async (request) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'POST' && pathname === '/orders') return createOrder(request);
    if (request.method === 'POST' && pathname === '/webhooks/ummah') return receiveWebhook(request);
    const match = /^\/orders\/([\w-]+)$/.exec(pathname);
    if (request.method === 'GET' && match) {
      const order = orders.get(match[1]!);
      return order ? json({ order_id: order.id, status: order.status }) : json({ error: 'not found' }, 404);
    }
    return json({ error: 'not found' }, 404);
  };
}
