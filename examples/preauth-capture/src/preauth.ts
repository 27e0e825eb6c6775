import type { Purchase, PurchaseActionResult, Ummah } from '@ummah/payments';

/** A booking whose final price is known only later (a hotel stay, a car rental, a weighed order). */
export interface Booking {
  brandId: string;
  /** The merchant's order number, stored as the purchase `reference`. */
  orderId: string;
  email: string;
  /** The most the customer may be charged, in the smallest currency unit. */
  maxAmount: number;
  currency: string;
}

/**
 * Opens a purchase that only authorises the card (`skip_capture: true`): at checkout the funds are held
 * (status `hold`), not taken. Send the customer to `checkout_url`.
 *
 * @example
 * const purchase = await openAuthorisation(ummah, { brandId, orderId: 'R-1001', email, maxAmount: 50000, currency: 'EUR' });
 * redirect(purchase.checkout_url);
 */
export function openAuthorisation(ummah: Ummah, booking: Booking): Promise<Purchase> {
  return ummah.purchases.create({
    brand_id: booking.brandId,
    client: { email: booking.email },
    purchase: {
      currency: booking.currency,
      products: [{ name: `Booking ${booking.orderId} (deposit)`, price: booking.maxAmount }],
    },
    reference: booking.orderId,
    skip_capture: true,
  });
}

/**
 * Charges the final amount of a held purchase; anything above it is returned to the customer. The
 * idempotency key is derived from the order, so retrying after a timeout can never capture twice.
 *
 * @example
 * const paid = await captureFinalAmount(ummah, purchase.id, 42_50);
 */
export async function captureFinalAmount(
  ummah: Ummah,
  purchaseId: string,
  amount: number,
): Promise<Purchase> {
  const purchase = await ummah.purchases.retrieve(purchaseId);
  if (purchase.status !== 'hold') {
    throw new Error(`Purchase ${purchaseId} is "${purchase.status}", not "hold": nothing to capture.`);
  }
  return ummah.purchases.capture(purchaseId, { amount }, { idempotencyKey: `capture-${purchaseId}` });
}

/**
 * Releases the whole hold (the booking was cancelled): the customer is not charged at all. The gateway
 * may answer with the whole purchase or only `{ status: 'released' }`; the status is what to check.
 *
 * @example
 * await releaseHold(ummah, purchase.id);
 */
export function releaseHold(ummah: Ummah, purchaseId: string): Promise<PurchaseActionResult> {
  return ummah.purchases.release(purchaseId, { idempotencyKey: `release-${purchaseId}` });
}
