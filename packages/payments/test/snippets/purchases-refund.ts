import Ummah from '@ummah/payments';

const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
const refund = await ummah.purchases.refund('{id}', {
  amount: 1500,
  reference: 'REFUND-2024-001',
});
console.log(refund);
