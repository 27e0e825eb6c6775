import Ummah from '@ummah/payments';

const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
const webhook = await ummah.webhooks.create({
  callback: 'https://mysite.com/webhook',
  title: 'Order Notifications',
  events: ['purchase.paid', 'purchase.payment_failure'],
});
console.log(webhook.id);
