import { bookAtOnce, networkError, type Slot, type StatusCounts } from './bookings';
import { percentile } from './memory';

const GUIDE_READERS = 10;

export interface Burst {
  counts: StatusCounts;
  ms: number;
  guideP99: number;
  guideReads: number;
  /** The status or network error of each guide load that failed. */
  guideFailures: string[];
}

/**
 * A crowd at once: `count` booking requests sent together for `slots`, while
 * GUIDE_READERS readers keep loading a guide one request after another; the
 * guide's p99 counts only the loads that started before the last booking answered.
 */
export async function burst(baseUrl: string, slots: Slot[], count: number, firstPerson: number, guidePath: string): Promise<Burst> {
  let bursting = true;
  const durations: number[] = [];
  const guideFailures: string[] = [];
  const read = async () => {
    while (bursting) {
      const start = performance.now();
      const response = await fetch(`${baseUrl}${guidePath}`, { headers: { 'accept-encoding': 'gzip' } }).catch((error: Error) => error);
      if (response instanceof Error) guideFailures.push(networkError(response));
      else if (!response.ok) guideFailures.push(String(response.status));
      else await response.arrayBuffer();
      durations.push(performance.now() - start);
    }
  };
  const readers = Array.from({ length: GUIDE_READERS }, read);
  const start = performance.now();
  const counts = await bookAtOnce([baseUrl], slots, count, firstPerson);
  const ms = performance.now() - start;
  bursting = false;
  await Promise.all(readers);
  return { counts, ms, guideP99: percentile(durations, 0.99), guideReads: durations.length, guideFailures };
}
