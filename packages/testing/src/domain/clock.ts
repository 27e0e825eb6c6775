/**
 * The mock's time source, in milliseconds since the epoch like `Date.now()`: the one unit the mock
 * keeps time in. Wire timestamps (`created_on`, `paid_on`, …) are Unix seconds derived from it with
 * `unixSeconds`. Everything time-dependent reads this clock (statements become ready when it
 * passes their deadline, billing dates count from it), so a test clock that moves time forward only
 * has to implement this interface.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** A clock reading `now` (milliseconds), or the system time. */
export function clockOf(now: () => number = Date.now): Clock {
  return { now };
}

/** The clock's time in whole Unix seconds, the unit of every `*_on` timestamp on the wire. */
export function unixSeconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}
