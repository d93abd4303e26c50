import { localTime } from '@/lib/time';

/** How long a failed sign-in counts: the last 15 minutes at any moment, not a clock-aligned quarter hour. */
export const WINDOW_MS = 15 * 60_000;

/**
 * Failures a bucket takes within the window before each further attempt
 * waits. An address is shared by a whole cultural house's Wi-Fi, so it takes
 * ten times an account's, and one account's typos never stop the others.
 */
export const FREE_FAILURES = { account: 5, device: 5, address: 50 } as const;

/**
 * The earliest instant, not before `now`, at which a bucket with these
 * failures admits another attempt: at once while fewer than `free` fall in
 * the window; beyond that 2^k seconds after the latest (k = failures − free + 1:
 * 2 s, 4 s, 8 s …), or as soon as enough of them have left the window,
 * whichever comes first. So no wait outlasts the 15 minutes after the latest
 * failure, when all of them have left.
 */
export function nextAttemptAt(failures: Date[], free: number, now: Date): Date {
  const times = failures.map((at) => at.getTime()).sort((a, b) => a - b);
  let t = now.getTime();
  for (;;) {
    const counted = times.filter((at) => at > t - WINDOW_MS);
    if (counted.length < free) return new Date(t);
    const delayedUntil = counted[counted.length - 1] + 2 ** (counted.length - free + 1) * 1000;
    const oldestLeaves = counted[0] + WINDOW_MS;
    if (delayedUntil <= oldestLeaves) return new Date(Math.max(t, delayedUntil));
    t = oldestLeaves;
  }
}

/** The Vietnamese clock time a refused person is told to try again from: the retry instant rounded up to the minute, so trying at that minute works. */
export function retryClock(retryAt: Date): string {
  return localTime(new Date(Math.ceil(retryAt.getTime() / 60_000) * 60_000));
}

/** A form's error text, with the retry clock time put in where it says `{time}`. */
export const refusalText = (template: string, retryAt?: string) => template.replace('{time}', retryAt ? retryClock(new Date(retryAt)) : '');
