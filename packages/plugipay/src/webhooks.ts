import { type SchemeVerifyOptions, SchemeWebhooks, verifyWebhook } from '@ummah/webhooks';

/** What `webhooks.verify` needs: the raw body, its headers and your endpoint secret. */
export type PlugipayVerifyOptions = SchemeVerifyOptions;

/** Webhook verification with Plugipay's scheme. */
export class PlugipayWebhooks extends SchemeWebhooks<'plugipay'> {
  constructor() {
    super('plugipay', verifyWebhook);
  }
}
