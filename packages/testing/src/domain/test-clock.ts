import type { Clock } from './clock';
import { parseDuration } from './duration';

/**
 * Something that happens at a time on the mock's clock: a subscription renewal, the end of a
 * statement's processing, a webhook delivery retry. The test clock asks each timeline for its next
 * due time and runs the earliest first, so advancing replays the period in order.
 */
export interface Timeline {
  /** Milliseconds on the mock clock of the next thing due, or undefined when nothing is scheduled. */
  nextDueAt(): number | undefined;
  /** Runs what is due at or before the clock's current time. */
  runDue(): Promise<void>;
}

/** What {@link TestClock.advance} did. */
export interface AdvanceResult {
  /** The clock's time before, in milliseconds since the epoch. */
  readonly from: number;
  /** The clock's time after. */
  readonly to: number;
  /** How many scheduled steps ran (renewals, statement completions, delivery retries). */
  readonly steps: number;
}

/** Guards against a timeline that keeps itself due forever. */
const MAX_STEPS = 10_000;

/**
 * The mock's clock, movable forward like a payment provider's test clock: `now()` is the base
 * clock (the `now` option, or the system time) plus everything advanced so far. `advance` walks the
 * time forward through every scheduled step (renewals, trial ends, statements, delivery retries),
 * earliest first, each one running with the clock set to its due time.
 */
export class TestClock implements Clock {
  readonly #base: () => number;
  readonly #timelines: Timeline[] = [];
  #offset = 0;
  #advancing: Promise<unknown> = Promise.resolve();

  constructor(base: () => number = Date.now) {
    this.#base = base;
  }

  /** Milliseconds since the epoch, advanced time included. */
  now(): number {
    return this.#base() + this.#offset;
  }

  /** Milliseconds the clock has been advanced in total. */
  get advancedMs(): number {
    return this.#offset;
  }

  /** Registers what runs when the clock passes its due times (the mock does this itself). */
  schedule(timeline: Timeline): void {
    this.#timelines.push(timeline);
  }

  /**
   * Moves the mock's time forward by `duration` (`'1 month'`, `'30d'`, `'12h'` or milliseconds),
   * running every renewal, trial end, statement completion and delivery retry that falls due on the
   * way, in time order. Resolves once their first delivery attempts are done. Calls queue: two
   * advances never interleave.
   *
   * @example
   * await gateway.clock.advance('1 month');
   */
  advance(duration: string | number): Promise<AdvanceResult> {
    // Validated now, so bad input throws before anything moves.
    const ms = parseDuration(duration);
    const run = this.#advancing.then(() => this.#walk(ms));
    this.#advancing = run.catch(() => undefined);
    return run;
  }

  async #walk(ms: number): Promise<AdvanceResult> {
    const from = this.now();
    const to = from + ms;
    const offset = this.#offset + ms;
    let steps = 0;
    for (;;) {
      const next = this.#earliestDue();
      if (next === undefined || next.at > to || steps >= MAX_STEPS) break;
      // Never moves backwards: something overdue runs at the current time.
      if (next.at > this.now()) this.#offset += next.at - this.now();
      await next.timeline.runDue();
      steps += 1;
    }
    // Exactly `ms` further than before, whatever real time passed while the steps ran (no step moved
    // the offset past it: each due time is at most `to`).
    this.#offset = offset;
    return { from, to, steps };
  }

  #earliestDue(): { at: number; timeline: Timeline } | undefined {
    let earliest: { at: number; timeline: Timeline } | undefined;
    for (const timeline of this.#timelines) {
      const at = timeline.nextDueAt();
      if (at !== undefined && (earliest === undefined || at < earliest.at)) earliest = { at, timeline };
    }
    return earliest;
  }
}
