// The two builds every behaviour test runs against, and how their outcomes are compared.
import * as web from '../../src/index.js';
import * as node from '../../src/node.js';

/** The WebCrypto build (src/index.ts) and the node:crypto build (the same file, backend swapped). */
export const builds = [
  ['WebCrypto build', web],
  ['node:crypto build', node],
] as const;

/** `accepted`, the refusal's code, or `threw <name>` for anything that is not a WebhookVerificationError. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof web.WebhookVerificationError || error instanceof node.WebhookVerificationError
      ? error.code
      : `threw ${(error as Error).name}`;
  }
}
