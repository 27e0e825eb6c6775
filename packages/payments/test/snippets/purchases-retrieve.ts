import Ummah from '@ummah/payments';

const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
const purchase = await ummah.purchases.retrieve('{id}');
console.log(purchase.status);
