/** Something with an expiry time that the scheduler fires once. */
export interface Expirable {
  readonly expiresAt: number;
  expire(): void;
}

/**
 * One timer for every pending call's deadline, instead of a `setTimeout` per call.
 *
 * Creating and clearing a timer per call costs a timer-list allocation and a priority-queue
 * update each time (the list empties after every serial call). Here a call only joins and leaves a
 * Set; the single timer is armed for the earliest known expiry and re-armed only when a deadline
 * earlier than it arrives or when it fires. With the usual uniform timeout, new deadlines always
 * expire after the armed one, so a steady stream of calls touches the timer once per timeout.
 *
 * The timer is ref'd while calls are pending (a hung call still times out in a process with
 * nothing else to do) and unref'd when none are (it never keeps an idle process alive).
 */
const pending = new Set<Expirable>();
let timer: ReturnType<typeof setTimeout> | undefined;
let armedFor = Number.POSITIVE_INFINITY;

/** Starts watching `deadline`; it will be expired once its time has come unless unwatched first. */
export function watchDeadline(deadline: Expirable): void {
  pending.add(deadline);
  if (deadline.expiresAt < armedFor) arm(deadline.expiresAt);
  else if (pending.size === 1) setRef(true);
}

/** Stops watching `deadline` (its call settled). */
export function unwatchDeadline(deadline: Expirable): void {
  if (pending.delete(deadline) && pending.size === 0) setRef(false);
}

function arm(at: number): void {
  if (timer !== undefined) clearTimeout(timer);
  armedFor = at;
  timer = setTimeout(fire, Math.max(0, at - Date.now()));
}

function fire(): void {
  // Everything due at or before the time this timer was armed for has expired: comparing with the
  // armed time rather than the clock stays correct where clocks are coarse or frozen (Workers).
  const due = armedFor;
  timer = undefined;
  armedFor = Number.POSITIVE_INFINITY;
  let next = Number.POSITIVE_INFINITY;
  for (const deadline of [...pending]) {
    if (deadline.expiresAt <= due) {
      pending.delete(deadline);
      try {
        deadline.expire();
      } catch {
        // One deadline's failing listener must not stop the others from expiring or the re-arm.
      }
    } else if (deadline.expiresAt < next) {
      next = deadline.expiresAt;
    }
  }
  if (next !== Number.POSITIVE_INFINITY) arm(next);
}

/** ref/unref exist on Node, Bun and Deno timers; browsers and Workers return plain numbers. */
function setRef(ref: boolean): void {
  const handle = timer as { ref?: () => void; unref?: () => void } | undefined;
  if (typeof handle !== 'object' || handle === null) return;
  if (ref) handle.ref?.();
  else handle.unref?.();
}

/** Number of deadlines being watched (for tests). */
export function pendingDeadlineCount(): number {
  return pending.size;
}
