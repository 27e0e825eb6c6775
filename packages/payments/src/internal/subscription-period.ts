import { RequestValidationError } from '../errors.js';

/** The fields the gateway reference requires of a subscription plan. */
const PERIOD_FIELDS = ['subscription_period', 'subscription_period_units'] as const;

/**
 * Refuses a subscription plan without its billing period before anything is sent. The schema
 * cannot say "required when `is_subscription` is true", and the reference does: a plan without a
 * period would be created and then never bill.
 */
export function requireSubscriptionPeriod(operation: string, params: unknown): void {
  if (typeof params !== 'object' || params === null) return;
  const plan = params as Record<string, unknown>;
  if (plan.is_subscription !== true) return;
  const missing = PERIOD_FIELDS.filter((field) => plan[field] === undefined || plan[field] === null);
  if (missing.length === 0) return;
  throw new RequestValidationError(
    operation,
    missing.map((path) => ({
      path,
      message:
        path === 'subscription_period'
          ? 'Required for a subscription: how many units between charges, e.g. 1'
          : "Required for a subscription: 'days', 'weeks', 'months' or 'years'",
    })),
  );
}
