// Entry of the size budget: an edge function that constructs the Plumaas client.
import { Plumaas } from '@ummah/plumaas';

export const createClient = (key) => new Plumaas(key);
