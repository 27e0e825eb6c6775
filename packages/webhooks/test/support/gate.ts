/** A promise that settles only when a test says so: to hold a `handle` open, then let it finish or fail. */
export function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}
