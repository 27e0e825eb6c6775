import { describe, expect, it } from 'vitest';
import { routes } from '../pebblepay/routes.js';
import {
  CouponCreateParamsSchema,
  CouponSchema,
  CouponsListQuerySchema,
  CouponUpdateParamsSchema,
  OrderCreateParamsSchema,
  OrderListSchema,
  OrdersListQuerySchema,
  WebhookEventSchema,
} from '../pebblepay/schemas.js';
import type { Order, WebhookEvent } from '../pebblepay/types.js';
import { validators } from '../pebblepay/validators.js';
import { amountRange, immutableCouponFields, pageSize, reference } from './fixtures/pebblepay-reference.js';

const order = reference.requestExamples['orders.create']?.[0] ?? {};
const coupon = reference.requestExamples['coupons.create']?.[0] ?? {};

/** The dotted paths of the issues a failed parse reports. */
function issuePaths(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('PebblePay orders', () => {
  it.each([amountRange.min, 1, 29.99, amountRange.max])('accept the amount %d USD', (amount) => {
    expect(OrderCreateParamsSchema.safeParse({ ...order, amount }).success).toBe(true);
  });

  it.each([0, 0.49, -5, 50_000.01, 1_000_000])('refuse the amount %d USD', (amount) => {
    expect(issuePaths(OrderCreateParamsSchema.safeParse({ ...order, amount }))).toEqual(['amount']);
  });

  it('refuse an amount given as a string, and read whole numbers as dollars, not cents', () => {
    expect(issuePaths(OrderCreateParamsSchema.safeParse({ ...order, amount: '29.99' }))).toEqual(['amount']);
    // 2999 is a valid dollar amount: money is decimal USD, so cents are never implied.
    expect(OrderCreateParamsSchema.safeParse({ ...order, amount: 2999 }).success).toBe(true);
  });

  it('need an amount unless a variant_id prices the order', () => {
    const { amount: _amount, ...withoutAmount } = order;
    const result = OrderCreateParamsSchema.safeParse(withoutAmount);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('amount or variant_id is required');
    expect(OrderCreateParamsSchema.safeParse({ variant_id: 'var_abc123' }).success).toBe(true);
  });

  it('check emails and URLs, and take return_url and its alias success_url', () => {
    expect(issuePaths(OrderCreateParamsSchema.safeParse({ ...order, customer_email: 'john' }))).toEqual([
      'customer_email',
    ]);
    for (const key of ['return_url', 'success_url', 'cancel_url', 'webhook_url']) {
      expect(OrderCreateParamsSchema.safeParse({ ...order, [key]: 'https://yoursite.com/x' }).success).toBe(
        true,
      );
      expect(issuePaths(OrderCreateParamsSchema.safeParse({ ...order, [key]: 'yoursite' }))).toEqual([key]);
    }
  });

  it('refuse a misspelt testMode', () => {
    const result = OrderCreateParamsSchema.safeParse({ ...order, test_mode: true });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('filter lists by the documented statuses only, and page 1 to 100 at a time', () => {
    expect(OrdersListQuerySchema.safeParse({ status: 'refund_pending', limit: pageSize.max }).success).toBe(
      true,
    );
    expect(issuePaths(OrdersListQuerySchema.safeParse({ status: 'paid' }))).toEqual(['status']);
    expect(issuePaths(OrdersListQuerySchema.safeParse({ limit: pageSize.max + 1 }))).toEqual(['limit']);
    expect(issuePaths(OrdersListQuerySchema.safeParse({ limit: pageSize.min - 1 }))).toEqual(['limit']);
    expect(issuePaths(OrdersListQuerySchema.safeParse({ offset: -1 }))).toEqual(['offset']);
    expect(issuePaths(CouponsListQuerySchema.safeParse({ active: true }))).toEqual(['active']);
  });

  it('page by offset, with the items under the list’s own name', () => {
    expect(routes['orders.list']).toMatchObject({
      pagination: 'offset',
      itemsField: 'orders',
      paginated: true,
    });
    expect(routes['coupons.list']).toMatchObject({ pagination: 'offset', itemsField: 'coupons' });
    const page = { orders: [{ order_id: 'PP-1234-567890', amount: 49.99, status: 'completed' }], total: 1 };
    const parsed = OrderListSchema.parse(page);
    const first: Order | undefined = parsed.orders[0];
    expect(first?.amount).toBe(49.99);
    expect(validators['orders.list'].item.parse(page.orders[0])).toEqual(page.orders[0]);
  });

  it('refund with an optional reason, or no body at all', () => {
    expect(validators['orders.refund'].bodyRequired).toBe(false);
    expect(validators['orders.refund'].body.safeParse({}).success).toBe(true);
    expect(validators['orders.refund'].body.safeParse({ reason: 42 }).success).toBe(false);
  });
});

describe('PebblePay coupons', () => {
  it('take a percentage of 1 to 100', () => {
    for (const discount_value of [1, 27, 100]) {
      expect(CouponCreateParamsSchema.safeParse({ ...coupon, discount_value }).success).toBe(true);
    }
    for (const discount_value of [0.5, 101]) {
      const result = CouponCreateParamsSchema.safeParse({ ...coupon, discount_value });
      expect(issuePaths(result)).toEqual(['discount_value']);
    }
  });

  it('take any positive fixed discount in USD', () => {
    const fixed = { ...coupon, discount_type: 'fixed' };
    expect(CouponCreateParamsSchema.safeParse({ ...fixed, discount_value: 150 }).success).toBe(true);
    expect(CouponCreateParamsSchema.safeParse({ ...fixed, discount_value: 0 }).success).toBe(false);
  });

  it('know only the percentage and fixed discount types', () => {
    expect(issuePaths(CouponCreateParamsSchema.safeParse({ ...coupon, discount_type: 'bogo' }))).toEqual([
      'discount_type',
    ]);
  });

  it('require code, discount_type and discount_value on create', () => {
    expect(issuePaths(CouponCreateParamsSchema.safeParse({})).sort()).toEqual(
      [...immutableCouponFields].sort(),
    );
  });

  it.each(immutableCouponFields)('refuse a change of %s after creation', (field) => {
    const result = CouponUpdateParamsSchema.safeParse({ [field]: coupon[field] });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('update with PUT, and take null as unlimited', () => {
    expect(routes['coupons.update'].method).toBe('PUT');
    expect(CouponUpdateParamsSchema.safeParse({ max_uses: null, max_uses_per_customer: null }).success).toBe(
      true,
    );
    expect(CouponUpdateParamsSchema.safeParse({ max_uses: 0 }).success).toBe(false);
    expect(CouponUpdateParamsSchema.safeParse({ expires_at: 'next year' }).success).toBe(false);
  });

  it('read a coupon with fields it does not know', () => {
    const body = { id: 'coup_a1b2c3d4', code: 'LUCKY27', discount_type: 'bogo', times_used: 3 };
    expect(CouponSchema.parse(body)).toEqual(body);
  });
});

describe('PebblePay events', () => {
  it('flag test payments with is_test', () => {
    const test = reference.eventExamples.find((e) => e.body.is_test === true)?.body;
    const event: WebhookEvent = WebhookEventSchema.parse(test);
    expect(event.is_test).toBe(true);
  });

  it('carry amounts as decimal USD', () => {
    const full = reference.eventExamples.find((e) => e.body.fee_amount !== undefined)?.body;
    const event = WebhookEventSchema.parse(full);
    expect([event.amount, event.fee_amount, event.net_amount]).toEqual([49.99, 2.5, 47.49]);
  });

  it('read refunded, disputed and failed payments', () => {
    for (const type of ['payment.refunded', 'payment.disputed', 'payment.failed']) {
      expect(WebhookEventSchema.parse({ event: type, order_id: 'PP-1', status: 'disputed' }).event).toBe(
        type,
      );
    }
  });
});
