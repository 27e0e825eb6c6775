// Node-only helpers of @ummah/payments, published as `@ummah/payments/node` so the main entry
// stays free of Node built-ins and runs unchanged on Deno, Bun, Workers and browsers.

export {
  type WriteStatementOptions,
  type WrittenStatement,
  writeStatementToFile,
} from './node/write-statement-to-file.js';
