// Names the guides' snippets use without defining them: the reader's own app (its database, queue,
// logger …) and runtime globals that Node's types do not declare (Deno, Bun, Workers' Queue).
// Declared here so check-snippets.mjs can type-check each snippet on its own.

interface Order {
  id: string;
  email: string;
  title: string;
  totalCents: number;
  currency: string;
  purchaseId?: string;
  pendingPurchaseKey?: string;
}

declare const orders: {
  find(id: string): Promise<Order>;
  update(id: string, patch: Partial<Order>): Promise<void>;
  fulfil(reference: string): Promise<void>;
};
declare const db: {
  orders: { get(id: string): Promise<Order>; update(id: string, patch: Partial<Order>): Promise<void> };
};
declare const jobs: {
  enqueue(name: string, data: unknown, options?: { delaySeconds?: number }): Promise<void>;
  retryLater(name: string, data: unknown, options?: { delaySeconds?: number }): Promise<void>;
};
declare const log: {
  info(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
  error(message: string, data?: unknown): void;
};
declare const appLog: { write(level: string, message: string, data?: unknown): void };
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };
declare const secrets: { get(name: string): Promise<string> };
declare const refundQueue: { add(job: unknown): Promise<void> };
declare const queue: { add(name: string, data: unknown): Promise<void> };
declare const warehouse: { insertMany(rows: unknown[]): Promise<void> };
declare function fulfil(subject: unknown): Promise<void>;
/** A Postgres client's tagged template (postgres.js, @vercel/postgres …): the rows a query returns. */
declare function sql(
  strings: TemplateStringsArray,
  ...values: unknown[]
): Promise<Array<Record<string, unknown>>>;
declare function markPaidPending(subject: unknown): Promise<void>;

// Values a snippet continues from an earlier one on the same page.
declare const purchaseId: string;
declare const webhookId: string;
declare const correlationId: string;
declare const request: Request;
declare const rawBody: string;
declare const headers: Headers;
declare const publicKey: string;
declare const secret: string;
declare const replayGuard: import('@ummah/webhooks').ReplayGuard;
declare const gateway: import('@ummah/testing').MockGateway;
declare const ummah: import('@ummah/payments').Ummah;
declare const purchase: { id: string };
declare const template: { id: string };
declare const client: { id: string };

// Runtime globals.
declare const Deno: {
  env: { get(name: string): string | undefined };
  serve(handler: (request: Request) => Response | Promise<Response>): void;
};
declare const Bun: {
  env: Record<string, string | undefined>;
  serve(options: { port?: number; fetch(request: Request): Response | Promise<Response> }): void;
};
interface Queue {
  send(message: unknown): Promise<void>;
}
