import type { PeriodUnit } from './records';

const UNIT_SECONDS: Readonly<Record<PeriodUnit, number>> = {
  days: 86_400,
  weeks: 7 * 86_400,
  months: 30 * 86_400,
  years: 365 * 86_400,
};

/**
 * `from` (Unix seconds) moved forward by `count` periods of `unit`. Months are 30 days and years 365,
 * so billing dates are plain arithmetic on the clock's time.
 */
export function addPeriods(from: number, unit: PeriodUnit, count: number): number {
  return from + count * UNIT_SECONDS[unit];
}
