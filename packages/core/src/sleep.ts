/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as `signal` aborts (at once
 * when it already has), so a cancel button stops a polling loop immediately instead of after the
 * next tick. The timer and the listener are released either way.
 *
 * @example
 * while (!(await isReady())) await sleep(2_000, signal);
 */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
