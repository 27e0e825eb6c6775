import { conflict } from '../http/gateway-error';
import { json } from '../http/mock-result';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { mockRoute } from './mock-route';

/**
 * `POST /_mock/deliveries/{id}/resend/`: sends a logged delivery again and answers with the attempts
 * that resend added to the log, counted from the log's length before it. Answering with "the newest
 * entry" instead would report another delivery logged meanwhile, or an old one when nothing was sent
 * (a closed mock sends nothing), which is a 409 here.
 */
export function resendRoute(
  resend: (deliveryId: string) => Promise<void>,
  deliveries: () => readonly unknown[],
): GatewayRoute {
  return mockRoute('POST', '/deliveries/{id}/resend/', 'mock.resend', async ({ params }) => {
    const before = deliveries().length;
    await resend(params.id!);
    const made = deliveries().slice(before);
    if (made.length === 0) throw conflict('Nothing was sent: the mock is closed to deliveries.');
    return json({ results: structuredClone(made) }, 201);
  });
}
