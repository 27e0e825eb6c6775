import type { PurchaseStatus } from '@ummah/schema/ummah/types';
import { invalidState } from '../errors';
import type { PurchaseRecord } from '../records';

/** Everything that can happen to a purchase, through the API or a simulated checkout. */
export type PurchaseAction =
  | 'checkout'
  | 'charge'
  | 'cancel'
  | 'mark_as_paid'
  | 'capture'
  | 'release'
  | 'refund'
  | 'resend_invoice'
  | 'delete_recurring_token';

/**
 * The statuses from which each action is allowed; any other status answers 409. This is the
 * reference's lifecycle (created → paid | hold → paid | released; created → cancelled;
 * paid → refunded) plus `error`, the status a failed checkout leaves behind on the platform (the
 * customer may retry, so it behaves like `created`). `refunded` still allows refunds until the
 * cumulative refunded amount reaches the captured amount.
 */
export const PURCHASE_TRANSITIONS: Readonly<Record<PurchaseAction, readonly PurchaseStatus[]>> = {
  checkout: ['created', 'error'],
  charge: ['created', 'error'],
  cancel: ['created', 'error'],
  mark_as_paid: ['created', 'error'],
  capture: ['hold'],
  release: ['hold'],
  refund: ['paid', 'refunded'],
  resend_invoice: ['created', 'error', 'hold', 'paid', 'refunded'],
  delete_recurring_token: ['hold', 'paid', 'refunded'],
};

const VERB: Record<PurchaseAction, string> = {
  checkout: 'paid',
  charge: 'charged',
  cancel: 'cancelled',
  mark_as_paid: 'marked as paid',
  capture: 'captured',
  release: 'released',
  refund: 'refunded',
  resend_invoice: 'invoiced',
  delete_recurring_token: 'detached from its recurring token',
};

/** Refuses the action (`invalid_state`) when the purchase's current status forbids it. */
export function assertCanPerform(purchase: PurchaseRecord, action: PurchaseAction): void {
  if (!PURCHASE_TRANSITIONS[action].includes(purchase.status)) {
    throw invalidState(`Purchase with status "${purchase.status}" cannot be ${VERB[action]}.`);
  }
}

/** Moves a purchase to a new status at `timestamp` (Unix seconds) and records it in `status_history`. */
export function setStatus(purchase: PurchaseRecord, status: PurchaseStatus, timestamp: number): void {
  purchase.status = status;
  purchase.updated_on = timestamp;
  purchase.status_history.push({ status, timestamp });
}
