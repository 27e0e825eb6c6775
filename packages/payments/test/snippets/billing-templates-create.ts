import Ummah from '@ummah/payments';

const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
const template = await ummah.billingTemplates.create({
  brand_id: '409eb80e-...',
  is_subscription: true,
  purchase: {
    products: [{ name: 'Monthly Plan', price: 999 }],
    currency: 'USD',
  },
  subscription_period: 1,
  subscription_period_units: 'months',
});
console.log(template.id);
