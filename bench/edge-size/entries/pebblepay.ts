// The same function with the PebblePay client: one validated create.
import PebblePay from '@ummah/pebblepay';

export default {
  async fetch(_request: Request, env: { PEBBLEPAY_API_KEY: string }): Promise<Response> {
    const pebble = new PebblePay(env.PEBBLEPAY_API_KEY);
    return Response.json(await pebble.orders.create({ amount: 29.99, order_reference: 'order-1' }));
  },
};
