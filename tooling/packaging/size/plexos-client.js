// Entry of the size budget: an edge function that constructs the Plexos client.
import { Plexos } from '@ummah/plexos';

export const createClient = (key) => new Plexos(key);
