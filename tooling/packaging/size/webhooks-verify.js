// Entry of the size budget: an edge function that verifies webhooks imports just this.
export { verifyWebhook } from '@ummah/webhooks';
