import { type SchemeVerifyOptions, SchemeWebhooks, verifyWebhook } from '@ummah/webhooks';

/** What `webhooks.verify` needs: the raw body, its headers and your endpoint secret. */
export type PlumaasVerifyOptions = SchemeVerifyOptions;

/** Webhook verification with Plumaas' scheme (`X-Plumaas-Signature`, `X-Plumaas-Timestamp`). */
export class PlumaasWebhooks extends SchemeWebhooks<'plumaas'> {
  constructor() {
    super('plumaas', verifyWebhook);
  }
}
