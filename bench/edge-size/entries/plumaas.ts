// The same function with the Plumaas client: one validated create.
import Plumaas from '@ummah/plumaas';

export default {
  async fetch(_request: Request, env: { PLUMAAS_API_KEY: string }): Promise<Response> {
    const plumaas = new Plumaas(env.PLUMAAS_API_KEY);
    return Response.json(
      await plumaas.charges.create({ org_id: 'org_1', amount_cents: 5000, currency: 'USD' }),
    );
  },
};
