import type {
  Coupon,
  CouponCreateParams,
  CouponsListQuery,
  CouponUpdateParams,
} from '@ummah/schema/pebblepay/types';
import { refuse } from '../provider-errors';
import { prefixedId } from '../provider-ids';

/** A coupon as the mock keeps it. */
export type MockCoupon = Coupon & {
  code: string;
  discount_type: string;
  discount_value: number;
  is_active: boolean;
  /** Redemptions so far: the mock's own bookkeeping, not a field the reference documents. */
  times_used: number;
};

/** The PebblePay account's coupons. */
export class PebblePayCoupons {
  readonly #coupons = new Map<string, MockCoupon>();

  create(params: CouponCreateParams): MockCoupon {
    const code = params.code.toUpperCase();
    if ([...this.#coupons.values()].some((coupon) => coupon.code === code)) {
      throw refuse(400, `A coupon with code ${code} already exists`);
    }
    if (params.discount_type === 'percentage' && params.discount_value > 100) {
      throw refuse(400, 'discount_value of a percentage coupon must be at most 100');
    }
    const coupon: MockCoupon = {
      id: prefixedId('cpn'),
      code,
      discount_type: params.discount_type,
      discount_value: params.discount_value,
      description: params.description ?? null,
      min_amount: params.min_amount ?? null,
      max_uses: params.max_uses ?? null,
      max_uses_per_customer: params.max_uses_per_customer ?? null,
      expires_at: params.expires_at ?? null,
      is_active: true,
      times_used: 0,
    };
    this.#coupons.set(coupon.id, coupon);
    return coupon;
  }

  /** Newest first, filtered by `active`. */
  list(query: CouponsListQuery | undefined): MockCoupon[] {
    const all = [...this.#coupons.values()].reverse();
    if (query?.active === undefined) return all;
    return all.filter((coupon) => coupon.is_active === (query.active === 'true'));
  }

  get(id: string): MockCoupon {
    const coupon = this.#coupons.get(id);
    if (!coupon) throw refuse(404, 'Coupon not found');
    return coupon;
  }

  /**
   * Changes only the fields given. The code and the discount are not among them: the validator
   * refuses those, since orders already placed with the coupon were priced with them.
   */
  update(id: string, params: CouponUpdateParams): MockCoupon {
    return Object.assign(this.get(id), params);
  }

  delete(id: string): { success: true; id: string } {
    this.get(id);
    this.#coupons.delete(id);
    return { success: true, id };
  }

  /** The discounted amount of an order using `code`; refuses unknown, inactive or unmet coupons. */
  apply(code: string, amount: number): number {
    const coupon = [...this.#coupons.values()].find((candidate) => candidate.code === code.toUpperCase());
    if (!coupon?.is_active) throw refuse(400, `Invalid coupon code: ${code}`);
    if (coupon.min_amount != null && amount < coupon.min_amount) {
      throw refuse(400, `Coupon ${coupon.code} needs an order of at least ${coupon.min_amount}`);
    }
    coupon.times_used += 1;
    const off =
      coupon.discount_type === 'percentage' ? (amount * coupon.discount_value) / 100 : coupon.discount_value;
    return Math.max(0, Math.round((amount - off) * 100) / 100);
  }

  clear(): void {
    this.#coupons.clear();
  }
}
