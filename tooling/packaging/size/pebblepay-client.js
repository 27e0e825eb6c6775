// Entry of the size budget: an edge function that constructs the PebblePay client.
import { PebblePay } from '@ummah/pebblepay';

export const createClient = (key) => new PebblePay(key);
