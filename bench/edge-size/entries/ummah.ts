// A Workers-style function using the whole @ummah/payments client (request validation included).
import Ummah from '@ummah/payments';

export default {
  async fetch(_request: Request, env: { UMMAH_SECRET_KEY: string }): Promise<Response> {
    const ummah = new Ummah(env.UMMAH_SECRET_KEY);
    return Response.json(await ummah.purchases.retrieve('d6c4f3a2-8b1e-4f0a-9c3d-2e5b7a9f1c00'));
  },
};
