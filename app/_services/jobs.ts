import type { Db } from '@/db/client';
import { purgeRateLimits } from '@/db/queries/rate-limits';
import { removeExpiredPersonalData } from '@/db/queries/retention';
import { purgeSignInAttempts } from '@/db/queries/sign-in-throttle';
import { expireOffers } from '@/db/queries/waitlist';
import { type Channels, deliverDueMessages } from '@/app/_services/messaging/deliver';
import { settings } from '@/lib/settings';

/**
 * Background work of a running app: send due messages often, tidy up every
 * minute. Safe to run in several instances at once. Returns a stop function,
 * which resolves once the jobs under way have ended, so that the database can
 * be closed under none of them.
 */
export function startJobs(db: Db, channels: Channels): () => Promise<void> {
  const stopping = new AbortController();
  const running = new Set<Promise<void>>();
  const run = (name: string, job: () => Promise<unknown>) => () => {
    if (stopping.signal.aborted) return;
    const done = job().then(
      () => {},
      (error: Error) => console.error(`Background job "${name}" failed: ${error.message}`),
    );
    running.add(done);
    void done.finally(() => running.delete(done));
  };
  const deliver = run('deliver messages', () => deliverDueMessages(db, channels, new Date(), stopping.signal));
  const tidy = run('tidy up', async () => {
    await expireOffers(db);
    await purgeRateLimits(db);
    await purgeSignInAttempts(db);
    await removeExpiredPersonalData(db);
  });
  const every = settings().SMS_SEND_INTERVAL_SECONDS;
  const timers = [setInterval(deliver, every * 1000), setInterval(tidy, 60_000)];
  deliver();
  tidy();
  return async () => {
    stopping.abort();
    timers.forEach(clearInterval);
    await Promise.all(running);
  };
}
