// A crowd's phones, in a process of their own (forked by burst.ts): sending a
// thousand requests and reading their answers stalls an event loop for
// hundreds of milliseconds, which would otherwise be counted against the
// server in the timings of the guide readers beside them.
import { bookAtOnce, type Slot } from './bookings';

export interface CrowdOrder {
  baseUrls: string[];
  slots: Slot[];
  count: number;
  firstPerson: number;
}

process.once('message', async ({ baseUrls, slots, count, firstPerson }: CrowdOrder) => {
  const counts = await bookAtOnce(baseUrls, slots, count, firstPerson);
  process.send!(counts, () => process.exit(0));
});
process.send!('ready');
