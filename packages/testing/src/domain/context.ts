import type { RsaKeyPair } from '../crypto/rsa-key-pair';
import type { Clock } from './clock';
import type { EmitEvent } from './event-types';
import type { GatewayState } from './state';

/** Absolute URLs of the pages and files the mock serves beside the API. */
export interface GatewayLinks {
  /** The hosted checkout page of a purchase (`checkout_url`). */
  checkoutPage(purchaseId: string): string;
  /** The hosted invoice page of a purchase (`invoice_url`). */
  invoicePage(purchaseId: string): string;
  /** The download of a statement file (`download_url`), reachable without the API key. */
  statementFile(statementId: string, token: string, format: string): string;
}

/** Where RSA key pairs come from. */
export interface KeySource {
  /** A fresh pair for a new webhook. */
  webhook(): Promise<RsaKeyPair>;
  /** The company pair: `GET /public_key/` and the signature of `success_callback` deliveries. */
  company(): Promise<RsaKeyPair>;
}

/** Settings of one mock account. */
export interface DomainSettings {
  /** Brand of objects created without one. */
  readonly brandId: string;
  /** How long a statement stays `processing`, in milliseconds. */
  readonly statementProcessingMs: number;
}

/**
 * Everything the domain may touch: the state, the clock, the URLs it hands out, the key pairs and
 * the event emitter. Domain functions take this context, never the HTTP engine, and refuse
 * operations by throwing `DomainError`s.
 */
export interface DomainContext {
  readonly state: GatewayState;
  readonly clock: Clock;
  readonly links: GatewayLinks;
  readonly keys: KeySource;
  readonly emit: EmitEvent;
  readonly settings: DomainSettings;
}
