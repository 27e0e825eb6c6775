// Entry of the size budget: an edge function that calls the gateway constructs the client.
import { Ummah } from '@ummah/payments';

export const createClient = (key) => new Ummah(key);
