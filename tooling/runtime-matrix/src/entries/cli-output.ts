interface CliGlobals {
  Deno?: { args: string[] };
  process?: { argv: string[] };
}

/** The script's arguments on Node, Bun (`process.argv`) and Deno (`Deno.args`). */
export function scriptArgs(): string[] {
  const globals = globalThis as CliGlobals;
  return globals.Deno?.args ?? globals.process?.argv.slice(2) ?? [];
}

/** Prints the report as one line of JSON on stdout, which the harness parses. */
export async function printReport(run: () => Promise<unknown>): Promise<void> {
  console.log(JSON.stringify(await run()));
}
