// verifyWebhook and nothing else: what the 4 KB budget of the packaging size check covers.
export { verifyWebhook } from '@ummah/webhooks';
