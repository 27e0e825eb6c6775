/**
 * One step of a request pipeline: it may act before the rest (`await next()`), after it, or answer
 * without calling `next` at all.
 */
export type Middleware<C> = (context: C, next: () => Promise<void>) => Promise<void>;

/** Turns an error a step threw into the answer it stands for, or rethrows what must propagate. */
export type ErrorHandler<C> = (error: unknown, context: C) => void;

/**
 * Runs middleware in order around one context, each step wrapping the ones after it. An error a step
 * throws goes to `onError` right there, so the steps before it see an answer rather than an
 * exception (an idempotency store remembers a refused request like any other); whatever `onError`
 * rethrows propagates through every outer step.
 *
 * @example
 * const run = compose([logTiming, authenticate, handle], (error, context) => {
 *   context.result = resultFor(error);
 * });
 * await run(context);
 */
export function compose<C>(
  middleware: readonly Middleware<C>[],
  onError: ErrorHandler<C>,
): (context: C) => Promise<void> {
  return (context) => {
    let last = -1;
    const dispatch = async (index: number): Promise<void> => {
      if (index <= last) throw new Error('next() called more than once by one middleware.');
      last = index;
      const step = middleware[index];
      if (!step) return;
      try {
        await step(context, () => dispatch(index + 1));
      } catch (error) {
        onError(error, context);
      }
    };
    return dispatch(0);
  };
}
