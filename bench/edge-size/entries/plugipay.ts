// The same function with the Plugipay client: one validated create.
import Plugipay from '@ummah/plugipay';

export default {
  async fetch(
    _request: Request,
    env: { PLUGIPAY_API_KEY: string; PLUGIPAY_BASE_URL: string },
  ): Promise<Response> {
    const plugipay = new Plugipay(env.PLUGIPAY_API_KEY, { baseURL: env.PLUGIPAY_BASE_URL });
    return Response.json(await plugipay.customers.create({ email: 'jane@example.com' }));
  },
};
