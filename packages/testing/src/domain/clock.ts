/** The mock's notion of time, injectable so tests can pin timestamps. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Whole seconds since the epoch, the unit of every `*_on` timestamp on the wire. */
export function seconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}
