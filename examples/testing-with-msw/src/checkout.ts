import type { Ummah } from '@ummah/payments';

/** A shop's cart, as the shop stores it. */
export interface Cart {
  orderId: string;
  email: string;
  currency: string;
  /** Prices in the smallest currency unit. */
  items: Array<{ name: string; price: number; quantity?: number }>;
}

/** Where the customer goes to pay. */
export interface Checkout {
  purchaseId: string;
  checkoutUrl: string;
}

/** The order states the shop shows; the gateway's 21 purchase statuses collapse into these. */
export type OrderState = 'paid' | 'awaiting_payment' | 'payment_failed' | 'closed';

/** The shop's brand on the gateway. */
export const BRAND_ID = '409eb80e-3782-4b1d-afa8-b779759266a5';

/**
 * Opens the gateway checkout for a cart. The idempotency key is the order id: a double-clicked
 * "Pay" button or a retried request opens one purchase, not two.
 *
 * @example
 * const { checkoutUrl } = await startCheckout(ummah, cart);
 * res.redirect(303, checkoutUrl);
 */
export async function startCheckout(ummah: Ummah, cart: Cart): Promise<Checkout> {
  const purchase = await ummah.purchases.create(
    {
      brand_id: BRAND_ID,
      client: { email: cart.email },
      purchase: { currency: cart.currency, products: cart.items },
      reference: cart.orderId,
      success_redirect: `https://shop.example/orders/${cart.orderId}/thanks`,
      failure_redirect: `https://shop.example/orders/${cart.orderId}/retry`,
    },
    { idempotencyKey: `checkout-${cart.orderId}` },
  );
  if (!purchase.checkout_url) throw new Error(`Purchase ${purchase.id} has no checkout_url.`);
  return { purchaseId: purchase.id, checkoutUrl: purchase.checkout_url };
}

/**
 * Reads the order's state from the gateway. Unknown statuses (the gateway may add some) count as
 * "awaiting payment", never as paid.
 *
 * @example
 * if ((await orderState(ummah, order.purchaseId)) === 'paid') await ship(order);
 */
export async function orderState(ummah: Ummah, purchaseId: string): Promise<OrderState> {
  const { status } = await ummah.purchases.retrieve(purchaseId);
  switch (status) {
    case 'paid':
    case 'cleared':
    case 'settled':
      return 'paid';
    case 'error':
      return 'payment_failed';
    case 'cancelled':
    case 'expired':
    case 'released':
    case 'refunded':
      return 'closed';
    default:
      return 'awaiting_payment';
  }
}
