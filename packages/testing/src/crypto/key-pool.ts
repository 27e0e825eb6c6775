import { generateRsaKeyPair, type RsaKeyPair } from './rsa-key-pair';

/**
 * Hands out fresh RSA key pairs, generating the next one in the background so that creating a
 * webhook (one key pair each, as on the real gateway) rarely waits for the ~100–500 ms a 2048-bit
 * generation costs. Every pair is handed out once; none is ever reused.
 */
export class KeyPool {
  #next: Promise<RsaKeyPair> | undefined;

  /** Returns a fresh key pair and starts generating its successor. */
  take(): Promise<RsaKeyPair> {
    const current = this.#next ?? generateRsaKeyPair();
    this.#next = generateRsaKeyPair();
    // The prefetched pair may never be taken; keep a rejection from going unhandled.
    this.#next.catch(() => undefined);
    return current;
  }
}

/**
 * One pool per process: many mock gateways in one test run then share a single prefetched pair
 * instead of each generating one that is thrown away.
 */
export const sharedKeyPool = new KeyPool();
