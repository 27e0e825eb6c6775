import Ummah from '@ummah/payments';

const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
const purchase = await ummah.purchases.create({
  brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
  client: { email: 'customer@example.com' },
  purchase: {
    products: [{ name: 'T-Shirt', price: 2999, quantity: 1 }],
    currency: 'USD',
  },
  success_redirect: 'https://myshop.com/success',
  failure_redirect: 'https://myshop.com/failed',
});
console.log(purchase.checkout_url);
