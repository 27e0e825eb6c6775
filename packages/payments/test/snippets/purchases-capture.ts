import Ummah from '@ummah/payments';

const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
const purchase = await ummah.purchases.capture('{id}', { amount: 2999 });
console.log(purchase.status);
