/** A duration given to the test clock was not understood; nothing was advanced. */
export class InvalidDurationError extends TypeError {
  override readonly name = 'InvalidDurationError';
}

const DAY_MS = 86_400_000;

/**
 * Milliseconds per unit. Months are 30 days and years 365, the same arithmetic the mock's billing
 * periods use (`addPeriods`), so advancing "1 month" reaches a monthly renewal exactly.
 */
const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  millisecond: 1,
  s: 1_000,
  sec: 1_000,
  second: 1_000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  d: DAY_MS,
  day: DAY_MS,
  w: 7 * DAY_MS,
  week: 7 * DAY_MS,
  mo: 30 * DAY_MS,
  month: 30 * DAY_MS,
  y: 365 * DAY_MS,
  year: 365 * DAY_MS,
};

/**
 * Reads a duration: milliseconds as a number, or text such as `'30d'`, `'1 month'`, `'2 weeks'`,
 * `'90m'`, `'1500ms'`. Throws {@link InvalidDurationError} for anything else, negative or not finite.
 */
export function parseDuration(input: string | number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) {
      throw new InvalidDurationError(
        `A duration must be a non-negative number of milliseconds, got ${input}.`,
      );
    }
    return Math.round(input);
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(input);
  const count = match ? Number(match[1]) : Number.NaN;
  const unit = match?.[2]?.toLowerCase() || 'ms';
  // Plurals name the same unit: "2 weeks", "3 months".
  const size = UNIT_MS[unit] ?? (unit.endsWith('s') ? UNIT_MS[unit.slice(0, -1)] : undefined);
  if (!match || size === undefined || !Number.isFinite(count)) {
    throw new InvalidDurationError(
      `Unrecognised duration "${input}": use a number and a unit, e.g. "30d", "1 month", "2 weeks", "12h", "500ms".`,
    );
  }
  return Math.round(count * size);
}
