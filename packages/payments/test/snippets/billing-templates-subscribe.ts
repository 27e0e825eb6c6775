import Ummah from '@ummah/payments';

const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
const subscription = await ummah.billingTemplates.subscribe('{id}', {
  client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18',
});
// @ts-expect-error the answer has no top-level `status` (it is `billing_template_client.status`).
console.log(subscription.status);
