// The same function with stripe-node.
import Stripe from 'stripe';

export default {
  async fetch(_request: Request, env: { STRIPE_SECRET_KEY: string }): Promise<Response> {
    const stripe = new Stripe(env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
    return Response.json(await stripe.customers.retrieve('cus_1'));
  },
};
