import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rateLimits } from '../schema';

const windowOf = (now: Date, seconds: number) => new Date(Math.floor(now.getTime() / (seconds * 1000)) * seconds * 1000);

/** Counts a hit for a key in the current window and returns the window's count. */
export async function countHit(db: Db, key: string, windowSeconds: number, now = new Date()): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: windowOf(now, windowSeconds), hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
    .returning({ hits: rateLimits.hits });
  return row.hits;
}

/** Counts a hit in the current one-minute window; false once the limit is passed (0: no limit). */
export async function allowHit(db: Db, key: string, perMinute: number, now = new Date()): Promise<boolean> {
  return perMinute === 0 || (await countHit(db, key, 60, now)) <= perMinute;
}

export async function purgeRateLimits(db: Db, now = new Date()) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 60 * 60_000)));
}
