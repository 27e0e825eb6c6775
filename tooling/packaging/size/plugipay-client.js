// Entry of the size budget: an edge function that constructs the Plugipay client.
import { Plugipay } from '@ummah/plugipay';

export const createClient = (key) => new Plugipay(key);
