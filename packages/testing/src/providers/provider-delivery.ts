import { signWebhook } from '@ummah/webhooks';
import { type Clock, unixSeconds } from '../domain/clock';
import type { DeliveryAttempt, DeliveryTarget } from '../events/dispatcher';
import { prefixedId } from './provider-ids';

/** The HMAC webhook schemes of the providers the mocks stand for. */
export type ProviderScheme = 'plumaas' | 'plexos' | 'plugipay' | 'pebblepay';

/** An event a provider mock sends: its id, its type and the exact JSON body. */
export interface ProviderEvent {
  readonly id: string;
  readonly type: string;
  /** The parsed body, as the receiver reads it. */
  readonly payload: Readonly<Record<string, unknown>>;
}

/**
 * One delivery attempt of a provider mock's signed event: where it went, the exact body and headers
 * (so a test can verify the signature itself), and what the receiver answered.
 */
export interface ProviderDelivery {
  /** The attempt's own id (`dlv_…`), for `POST /_mock/deliveries/{id}/resend/`. */
  readonly id: string;
  /** The event's id (`evt_…`), the same across retries. */
  readonly event_id: string;
  /** The event type, e.g. `charge.succeeded`. */
  readonly event: string;
  readonly url: string;
  /** `delivered` when the receiver answered 2xx. */
  readonly status: 'delivered' | 'failed';
  /** The receiver's HTTP status; null on a network error or timeout. */
  readonly response_code: number | null;
  /** 1 for the first attempt. */
  readonly attempts: number;
  /** When the attempt finished, in Unix seconds of the mock's clock. */
  readonly sent_at: number;
  /** The request headers, lower-case, signature included. */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact body that was signed and sent. */
  readonly body: string;
  /** The body, parsed. */
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Where a provider event goes and the secret that signs it there. */
export interface ProviderTarget {
  readonly url: string;
  readonly secret: string;
  /** The endpoint it belongs to, when the provider has endpoint ids. */
  readonly endpointId?: string;
}

/**
 * A target signed with the verifier package's own signer (so mock and verifier can never disagree
 * on a scheme), at the mock's clock so pinned clocks sign pinned timestamps. `extra` adds the
 * headers a provider sends besides its signature (Plumaas names the event in `X-Plumaas-Event`).
 */
export function hmacTarget(
  scheme: ProviderScheme,
  target: ProviderTarget,
  event: ProviderEvent,
  clock: Clock,
  extra: Record<string, string> = {},
): DeliveryTarget {
  return {
    url: target.url,
    webhookId: target.endpointId ?? null,
    sign: async (body) => {
      const signed = await signWebhook({
        scheme,
        payload: body,
        secret: target.secret,
        timestamp: unixSeconds(clock),
        id: event.id,
      });
      return { ...signed.headers, ...extra };
    },
  };
}

/** Logs provider delivery attempts into `log`. */
export function providerDeliveryRecorder(
  log: ProviderDelivery[],
  clock: Clock,
): (event: ProviderEvent, attempt: DeliveryAttempt) => ProviderDelivery {
  return (event, { target, headers, responseCode, delivered, attempt }) => {
    const record: ProviderDelivery = {
      id: prefixedId('dlv'),
      event_id: event.id,
      event: event.type,
      url: target.url,
      status: delivered ? 'delivered' : 'failed',
      response_code: responseCode,
      attempts: attempt,
      sent_at: unixSeconds(clock),
      headers: { ...headers },
      body: JSON.stringify(event.payload),
      payload: structuredClone(event.payload) as Record<string, unknown>,
    };
    log.push(record);
    return record;
  };
}
