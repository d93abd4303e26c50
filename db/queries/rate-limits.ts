import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rateLimits } from '../schema';

const windowOf = (now: Date, seconds: number) => new Date(Math.floor(now.getTime() / (seconds * 1000)) * seconds * 1000);

/** Counts a hit for a key in the current window; returns the window's count and the hits of the window before it. */
async function hitWindows(db: Db, key: string, windowSeconds: number, now: Date) {
  const start = windowOf(now, windowSeconds);
  const before = new Date(start.getTime() - windowSeconds * 1000).toISOString();
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: start, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
    .returning({
      hits: rateLimits.hits,
      before: sql<number>`coalesce((select r.hits from ${rateLimits} r where r.key = ${key} and r.window_start = ${before}::timestamptz), 0)`,
    });
  return { ...row, elapsed: (now.getTime() - start.getTime()) / (windowSeconds * 1000) };
}

/**
 * Counts a hit; false once the hits of the last 60 seconds pass the limit (0:
 * no limit). The last 60 seconds are estimated from this minute's count and
 * the share of the previous minute's that still lies within them, so a burst
 * on both sides of a full minute cannot get twice the limit through.
 */
export async function allowHit(db: Db, key: string, perMinute: number, now = new Date()): Promise<boolean> {
  if (perMinute === 0) return true;
  const { hits, before, elapsed } = await hitWindows(db, key, 60, now);
  return hits + before * (1 - elapsed) <= perMinute;
}

export async function purgeRateLimits(db: Db, now = new Date()) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 60 * 60_000)));
}
