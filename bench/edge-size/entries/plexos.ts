// The same function with the Plexos client: one validated create.
import Plexos from '@ummah/plexos';

export default {
  async fetch(_request: Request, env: { PLEXOS_API_KEY: string }): Promise<Response> {
    const plexos = new Plexos(env.PLEXOS_API_KEY);
    return Response.json(
      await plexos.webhooks.create({ url: 'https://example.com/hooks', events: ['payment.debited'] }),
    );
  },
};
