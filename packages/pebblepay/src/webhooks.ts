import { type SchemeVerifyOptions, SchemeWebhooks, verifyWebhook } from '@ummah/webhooks';

/** What `webhooks.verify` needs: the raw body, its headers and your endpoint secret. */
export type PebblePayVerifyOptions = SchemeVerifyOptions;

/** Webhook verification with PebblePay's scheme (`X-Webhook-Signature`). */
export class PebblePayWebhooks extends SchemeWebhooks<'pebblepay'> {
  constructor() {
    super('pebblepay', verifyWebhook);
  }
}
