/** Prints numbered steps with their duration, so the run reads like a checklist. */
export class StepPrinter {
  #count = 0;
  readonly #startedAt = performance.now();
  readonly #write: (line: string) => void;

  constructor(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {
    this.#write = write;
  }

  /** Runs one step, printing `✓ n. title — detail (ms)` or `✗ n. title — error` and rethrowing. */
  async step<T>(title: string, run: () => Promise<T>, describe: (result: T) => string): Promise<T> {
    this.#count += 1;
    const label = `${String(this.#count).padStart(2)}. ${title}`;
    const started = performance.now();
    try {
      const result = await run();
      const ms = Math.round(performance.now() - started);
      this.#write(`  ✓ ${label.padEnd(44)} ${describe(result)}  (${ms} ms)`);
      return result;
    } catch (error) {
      this.#write(`  ✗ ${label.padEnd(44)} ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  /** A line without a step number. */
  note(text: string): void {
    this.#write(text);
  }

  /** Milliseconds since the printer was created. */
  elapsed(): number {
    return Math.round(performance.now() - this.#startedAt);
  }
}
