import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { networkError, type Slot, type StatusCounts } from './bookings';
import type { CrowdOrder } from './crowd';
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
 * A crowd at once: `count` booking requests sent together for `slots` from
 * another process (crowd.ts), while GUIDE_READERS readers keep loading a
 * guide one request after another; the guide's p99 counts only the loads
 * that started before the last booking answered.
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
  const crowd = await readyCrowd();
  try {
    const readers = Array.from({ length: GUIDE_READERS }, read);
    const start = performance.now();
    const counts = await order(crowd, { baseUrls: [baseUrl], slots, count, firstPerson });
    const ms = performance.now() - start;
    bursting = false;
    await Promise.all(readers);
    return { counts, ms, guideP99: percentile(durations, 0.99), guideReads: durations.length, guideFailures };
  } finally {
    bursting = false;
    crowd.kill();
  }
}

async function readyCrowd(): Promise<ChildProcess> {
  const crowd = fork(new URL('./crowd.ts', import.meta.url).pathname);
  const [message] = await Promise.race([once(crowd, 'message'), once(crowd, 'exit').then(() => ['exited'])]);
  if (message !== 'ready') throw new Error(`the crowd's process did not start (${message})`);
  return crowd;
}

async function order(crowd: ChildProcess, what: CrowdOrder): Promise<StatusCounts> {
  crowd.send(what);
  const [counts] = await Promise.race([once(crowd, 'message'), once(crowd, 'exit').then(() => [null])]);
  if (!counts) throw new Error("the crowd's process exited without its answers");
  return counts as StatusCounts;
}
