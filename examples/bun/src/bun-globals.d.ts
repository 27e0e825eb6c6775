// The part of Bun's global API that src/main.ts uses, declared here so `tsc` checks it without
// @types/bun (whose globals clash with the DOM and Node typings this workspace compiles with). In
// an app of your own, install @types/bun instead.

declare namespace Bun {
  /** Options of `Bun.serve` used by this example. */
  interface ServeOptions {
    hostname?: string;
    /** 0 picks a free port. */
    port?: number;
    fetch(request: Request): Response | Promise<Response>;
  }

  /** The running server `Bun.serve` returns. */
  interface Server {
    readonly hostname: string;
    readonly port: number;
    stop(closeActiveConnections?: boolean): Promise<void>;
  }

  /** Starts an HTTP server. */
  function serve(options: ServeOptions): Server;

  /** The process environment. */
  const env: Record<string, string | undefined>;
}
